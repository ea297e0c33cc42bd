import { TITLE_MAX_LENGTH, type Status } from '@/contract/action-items'
import type { NoteWarning } from '@/contract/notes'
import type { AccountMatcher } from './match-accounts'
import { matchOwner, type Author } from './match-owner'
import type { NoteContext, NoteTask } from './note-task'
import { parseTaskLine, type TaskLine } from './task-line'

const statusBySymbol: Record<string, Status> = {
  ' ': 'todo',
  x: 'done',
  X: 'done',
  '/': 'in_progress',
  '-': 'cancelled',
  '?': 'proposed',
}

export type TaskContext = NoteContext & { author: Author; matchAccounts: AccountMatcher }

function buildTask(parsed: TaskLine, line: number, ctx: TaskContext): NoteTask {
  const warnings: NoteWarning[] = parsed.warnings.map((warning) => ({ line, ...warning }))
  const status = statusBySymbol[parsed.statusSymbol]
  if (status === undefined) {
    const message = `status [${parsed.statusSymbol}] is not known; read as to do`
    warnings.push({ line, code: 'unknown-status', message })
  }

  const owner = matchOwner(parsed.description, ctx.author, ctx.people)
  if (owner.warning) warnings.push({ line, ...owner.warning })
  if (owner.ownerLabel === null) {
    warnings.push({ line, code: 'no-owner', message: 'no @owner is named on this task' })
  }
  const title = owner.text.replace(/\s+/g, ' ').trim()

  return {
    key: `${ctx.noteId}#${parsed.blockId ?? parsed.id ?? `L${line}`}`,
    line,
    statusSymbol: parsed.statusSymbol,
    status: status ?? 'todo',
    title,
    ownerLabel: owner.ownerLabel,
    ownerId: owner.ownerId,
    due: parsed.due,
    scheduled: parsed.scheduled,
    start: parsed.start,
    created: parsed.created,
    done: parsed.done,
    cancelled: parsed.cancelled,
    priority: parsed.priority,
    tags: parsed.tags,
    recurrence: parsed.recurrence,
    onCompletion: parsed.onCompletion,
    taskId: parsed.id,
    dependsOn: parsed.dependsOnIds,
    blockId: parsed.blockId,
    accountIds: ctx.matchAccounts(title),
    warnings,
  }
}

/** The same rule as an item typed in the app: some text, and not over the length limit. */
function titleProblem(title: string): string | null {
  if (title === '') return 'the task has no text besides its fields and owner'
  if (title.length <= TITLE_MAX_LENGTH) return null
  const length = title.length.toLocaleString('en-GB')
  return `the text is ${length} characters; ${TITLE_MAX_LENGTH.toLocaleString('en-GB')} at most`
}

export function readTasks(lines: string[], firstLine: number, ctx: TaskContext) {
  const tasks: NoteTask[] = []
  const warnings: NoteWarning[] = []
  let fence: string | null = null

  for (let index = firstLine - 1; index < lines.length; index += 1) {
    const text = lines[index] ?? ''
    const line = index + 1
    // Obsidian Tasks ignores checkboxes inside fenced code blocks, and so do we.
    const fenceMark = /^[\s>]*(`{3,}|~{3,})/.exec(text)?.[1]
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) {
      fence = fence === null ? fenceMark : null
      continue
    }
    if (fence !== null) continue

    const result = parseTaskLine(text)
    if (result === null) continue
    if (!result.ok) {
      const message = `line ${line} looks like a task but was not read: ${result.problem}`
      warnings.push({ line, code: 'malformed-task', message })
      continue
    }
    const task = buildTask(result.task, line, ctx)
    const problem = titleProblem(task.title)
    if (problem !== null) {
      const message = `line ${line} looks like a task but was not read: ${problem}`
      warnings.push({ line, code: 'malformed-task', message })
      continue
    }
    tasks.push(task)
    warnings.push(...task.warnings)
  }
  return { tasks, warnings }
}
