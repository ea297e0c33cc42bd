import { load, YAMLException } from 'js-yaml'
import type { NoteWarning } from '@/contract/notes'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'
import { findFieldLines, type FieldLines } from './front-matter-lines'
import { findUnclosedOpener } from './unclosed-opener'

export type FrontMatter = {
  title: string | null
  date: string | null
  participants: string[]
  tags: string[]
  /** 1-based line where the body starts, after the closing `---`. */
  bodyStartLine: number
  /** Why the participants could not be read (a broken block), or null when they were. */
  participantsUnread: string | null
  warnings: NoteWarning[]
}

const emptyFrontMatter: Omit<FrontMatter, 'warnings'> = {
  title: null,
  date: null,
  participants: [],
  tags: [],
  bodyStartLine: 1,
  participantsUnread: null,
}

function warnAbout(message: string, line: number | null = 1): NoteWarning {
  return { line, code: 'front-matter', message }
}

function findClosingLine(lines: string[]): number {
  return lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line))
}

// Obsidian writes linked names as `[[Jordan Avery]]` or `[[Jordan Avery|Jordan]]`.
function unwrapLink(value: string): string {
  const link = /^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/.exec(value.trim())
  return (link?.[1] ?? value).trim()
}

function readStringList(value: unknown): string[] | null {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') return value.split(/[,\s]+/).filter(Boolean)
  if (!Array.isArray(value)) return null
  const strings = value.filter((entry): entry is string => typeof entry === 'string')
  return strings.length === value.length ? strings : null
}

function readParticipants(value: unknown): string[] | null {
  if (typeof value === 'string') return value.split(',').map(unwrapLink).filter(Boolean)
  return readStringList(value)?.map(unwrapLink).filter(Boolean) ?? null
}

type FieldWarner = (key: string, message: string, value?: unknown) => void

/** Warns on the line of the field, or of the first list item that is not text. */
function createFieldWarner(lines: Map<string, FieldLines>, warnings: NoteWarning[]): FieldWarner {
  return (key, message, value) => {
    const field = lines.get(key)
    const badItem = Array.isArray(value) ? value.findIndex((item) => typeof item !== 'string') : -1
    warnings.push(warnAbout(message, field?.itemLines[badItem] ?? field?.line ?? 1))
  }
}

function readDate(value: unknown, warn: FieldWarner): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'string' && isValidCalendarDate(value)) return value
  const problem =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? 'is not a day of the calendar'
      : 'is not a YYYY-MM-DD date'
  warn('date', `date ${JSON.stringify(value)} ${problem}; ignored`)
  return null
}

function readFields(
  data: Record<string, unknown>,
  fieldLines: Map<string, FieldLines>,
  bodyStartLine: number,
): FrontMatter {
  const warnings: NoteWarning[] = []
  const warn = createFieldWarner(fieldLines, warnings)
  const participants = readParticipants(data.participants)
  const tags = readStringList(data.tags)
  if (participants === null)
    warn('participants', 'participants is not a list of names', data.participants)
  if (tags === null) warn('tags', 'tags is not a list of strings', data.tags)

  return {
    title: typeof data.title === 'string' && data.title.trim() ? data.title.trim() : null,
    date: readDate(data.date, warn),
    participants: participants ?? [],
    tags: (tags ?? []).map((tag) => tag.replace(/^#/, '')),
    bodyStartLine,
    participantsUnread: participants === null ? 'participants is not a list of names' : null,
    warnings,
  }
}

type YamlRead = { data: unknown; yaml: string; error: NoteWarning | null }

function readYaml(yamlLines: string[]): YamlRead {
  const yaml = yamlLines.join('\n')
  try {
    return { data: load(yaml), yaml, error: null }
  } catch (error) {
    // The YAML starts on line 2 of the file, after the opening ---; the mark counts from 0.
    const line = error instanceof YAMLException && error.mark ? error.mark.line + 2 : 1
    const reason = firstLineOf(error instanceof YAMLException ? error.reason : String(error))
    return { data: null, yaml, error: explainYamlError(yamlLines, line, reason) }
  }
}

/**
 * js-yaml reports an unclosed `[` as "deficient indentation" on the next line, or as the end
 * of the stream: when it does, name the line that opened what was not closed.
 */
function explainYamlError(yamlLines: string[], line: number, reason: string): NoteWarning {
  const aboutLayout = /indentation|end of the stream/.test(reason)
  const opener = aboutLayout ? findUnclosedOpener(yamlLines.slice(0, line - 1)) : null
  if (opener === null) return warnAbout(`unreadable YAML: ${reason}`, line)
  const fileLine = opener.index + 2
  const message =
    `unreadable YAML: line ${fileLine} opens ${opener.char} and does not close it ` +
    `(the YAML reader says "${reason}" on line ${line})`
  return warnAbout(message, fileLine)
}

function unreadAt(line: number): string {
  return `the front matter could not be read (see the warning on line ${line})`
}

function firstLineOf(message: string): string {
  return message.split('\n')[0] ?? message
}

/** Reads the YAML block at the top of a note. A broken block gives a warning, never a throw. */
export function parseFrontMatter(lines: string[]): FrontMatter {
  if (!/^---\s*$/.test(lines[0] ?? '')) return { ...emptyFrontMatter, warnings: [] }

  const closing = findClosingLine(lines)
  if (closing === -1) {
    const warning = warnAbout('front matter opened with --- is never closed; read as text')
    return { ...emptyFrontMatter, participantsUnread: unreadAt(1), warnings: [warning] }
  }

  const bodyStartLine = closing + 2
  const read = readYaml(lines.slice(1, closing))
  if (read.error !== null) {
    const participantsUnread = unreadAt(read.error.line ?? 1)
    return { ...emptyFrontMatter, bodyStartLine, participantsUnread, warnings: [read.error] }
  }
  const data = read.data
  if (data === null || data === undefined)
    return { ...emptyFrontMatter, bodyStartLine, warnings: [] }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const warning = warnAbout('front matter is not a set of key: value pairs')
    return {
      ...emptyFrontMatter,
      bodyStartLine,
      participantsUnread: unreadAt(1),
      warnings: [warning],
    }
  }
  // The YAML starts on line 2 of the file, after the opening ---.
  const fieldLines = findFieldLines(read.yaml, 2)
  return readFields(data as Record<string, unknown>, fieldLines, bodyStartLine)
}
