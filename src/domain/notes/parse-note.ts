import type { NoteMeta, NoteWarning } from '@/contract/notes'
import { parseFrontMatter } from './front-matter'
import { describeEncoding } from './decode-note-bytes'
import { createAccountMatcher } from './match-accounts'
import type { NoteContext, NoteTask } from './note-task'
import { readTasks } from './read-tasks'
import { repairMojibake } from './repair-text'

export type { NoteContext, NoteTask } from './note-task'

/** `lines[i]` is line i + 1 of the repaired text. */
export type ParsedNote = { meta: NoteMeta; lines: string[]; tasks: NoteTask[] }

function findHeading(lines: string[], firstLine: number): string | null {
  const heading = lines.slice(firstLine - 1).find((text) => /^# \S/.test(text))
  return heading ? heading.slice(2).trim() : null
}

/** Reads a meeting note: front matter, task lines, owners and accounts, with warnings. */
export function parseNote(raw: string, ctx: NoteContext): ParsedNote {
  const repair = repairMojibake(raw.replace(/^\uFEFF/, ''))
  const lines = repair.text.split(/\r\n|\r|\n/)
  const front = parseFrontMatter(lines)
  const author = front.participants[0] ?? null
  const missing = front.participantsUnread ?? 'the note lists no participants'
  const matchAccounts = createAccountMatcher(ctx.accounts)
  const { tasks, warnings } = readTasks(lines, front.bodyStartLine, {
    ...ctx,
    author: author === null ? { name: null, missing } : { name: author },
    matchAccounts,
  })

  const codecName = repair.codec === 'windows-1252' ? 'Windows-1252' : 'Mac Roman'
  const sequences =
    repair.count === 1
      ? '1 character sequence that was'
      : `${repair.count} character sequences that were`
  const repairMessage = `repaired ${sequences} UTF-8 read as ${codecName}`
  const repairWarnings: NoteWarning[] = repair.repaired
    ? [{ line: null, code: 'repaired-text', message: repairMessage }]
    : []
  const encodingWarning = describeEncoding(ctx.encoding ?? 'utf-8')

  const meta: NoteMeta = {
    id: ctx.noteId,
    path: ctx.notePath,
    title: front.title ?? findHeading(lines, front.bodyStartLine) ?? ctx.noteId,
    date: front.date,
    participants: front.participants,
    tags: front.tags,
    author,
    repaired: repair.repaired,
    itemCount: tasks.length,
    warnings: [
      ...(encodingWarning ? [encodingWarning] : []),
      ...repairWarnings,
      ...front.warnings,
      ...warnings,
    ],
  }
  return { meta, lines, tasks }
}
