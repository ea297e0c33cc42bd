import type { Priority } from '@/contract/action-items'
import { readLastField, type FieldReading } from './read-fields'
import {
  dataviewMentionPattern,
  dateFields,
  fieldSpecs,
  signifierPattern,
  tagPattern,
  type FieldName,
} from './signifiers'

export type TaskLineWarning = {
  code: 'unread-signifier' | 'invalid-date'
  message: string
}

export type TaskLine = Record<FieldName, string | null> & {
  indent: string
  marker: string
  statusSymbol: string
  /** The text left once the fields, trailing tags and block id are read off. */
  description: string
  priority: Priority
  tags: string[]
  dependsOnIds: string[]
  blockId: string | null
  warnings: TaskLineWarning[]
}

export type TaskLineResult = { ok: true; task: TaskLine } | { ok: false; problem: string }

const taskPattern = /^([\s>]*)([-*+]|\d+[.)]) +\[(.)\] *(.*)$/u
// Looks like a checkbox (`[xx]`, `[]`) but is not a link `[text](url)` or `[[wikilink]]`.
const taskLikePattern = /^[\s>]*(?:[-*+]|\d+[.)]) +\[(?!\[)([^\]]{0,3})\](?![([])/u
const blockIdPattern = / \^([a-zA-Z0-9-]+)$/u

const DATE_EMOJI = new Set(
  fieldSpecs.filter((spec) => dateFields.has(spec.field)).flatMap((spec) => spec.emoji),
)

/** Why a signifier left in the text was not read: a date not in `YYYY-MM-DD`, or its place. */
function explainUnread(written: string, after: string): string {
  const value = /^\uFE0F? *(\S+)/u.exec(after)?.[1]
  const isDateEmoji = DATE_EMOJI.has(written.replace('\uFE0F', ''))
  if (isDateEmoji && value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return `${written} was not read: its date “${value}” is not written YYYY-MM-DD`
  }
  return (
    `${written} was not read: fields count only at the end of the line, ` +
    'after the text (Dataview keys are case-sensitive)'
  )
}

// The first two bytes of most emoji (F0 9F) as Windows-1252 (`ðŸ`) or Mac Roman shows them,
// left after repair when a byte of the sequence was lost on the way.
const garbledEmojiPattern = /(?:ðŸ|\uF8FFü)\S{0,2}/gu

function warnAboutUnread(description: string, warnings: TaskLineWarning[]) {
  for (const match of description.matchAll(garbledEmojiPattern)) {
    const message =
      `“${match[0]}” looks like an emoji garbled by a wrong text encoding; ` +
      'it was not read: type the emoji again'
    warnings.push({ code: 'unread-signifier', message })
  }
  for (const match of description.matchAll(signifierPattern)) {
    const after = description.slice((match.index ?? 0) + match[0].length)
    warnings.push({ code: 'unread-signifier', message: explainUnread(match[0], after) })
  }
  for (const match of description.matchAll(dataviewMentionPattern)) {
    warnings.push({ code: 'unread-signifier', message: explainUnread(match[0], '') })
  }
}

function emptyTask(match: RegExpExecArray): TaskLine {
  const [, indent = '', marker = '', statusSymbol = ''] = match
  return {
    indent,
    marker,
    statusSymbol,
    description: '',
    priority: 'none',
    tags: [],
    due: null,
    scheduled: null,
    start: null,
    created: null,
    done: null,
    cancelled: null,
    recurrence: null,
    onCompletion: null,
    id: null,
    dependsOn: null,
    dependsOnIds: [],
    blockId: null,
    warnings: [],
  }
}

/**
 * Parses one line in the Obsidian Tasks format (emoji or Dataview fields). Returns null
 * for a line that is not a task, and `ok: false` for one that looks like a task but
 * cannot be read.
 */
export function parseTaskLine(line: string): TaskLineResult | null {
  const match = taskPattern.exec(line)
  if (!match) {
    const like = taskLikePattern.exec(line)
    if (!like) return null
    return { ok: false, problem: `status [${like[1] ?? ''}] must be exactly one character` }
  }

  let body = (match[4] ?? '').trim()
  if (body === '') return { ok: false, problem: 'the task has no text' }
  const reading: FieldReading = { fields: emptyTask(match), trailingTags: [] }
  const blockId = blockIdPattern.exec(body)
  if (blockId) {
    reading.fields.blockId = blockId[1] ?? null
    body = body.slice(0, blockId.index).trim()
  }

  for (let rest = readLastField(body, reading); rest !== null;) {
    body = rest.trim()
    rest = readLastField(body, reading)
  }

  const task = reading.fields
  task.description = body
  task.tags = [...[...body.matchAll(tagPattern)].map((m) => m[1] ?? ''), ...reading.trailingTags]
  task.dependsOnIds = task.dependsOn?.split(',').map((id) => id.trim()) ?? []
  warnAboutUnread(body, task.warnings)
  return { ok: true, task }
}
