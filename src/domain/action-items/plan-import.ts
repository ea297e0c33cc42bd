import type { ActionItem, ImportChange } from '@/contract'
import { matchImported } from './match-imported'

/** The fields a note decides; what the app alone sets (version, updatedAt) is left out. */
const NOTE_FIELDS = [
  'title',
  'statusSymbol',
  'status',
  'ownerId',
  'ownerLabel',
  'due',
  'scheduled',
  'start',
  'created',
  'done',
  'cancelled',
  'priority',
  'tags',
  'recurrence',
  'accountIds',
] as const satisfies ReadonlyArray<keyof ActionItem>

function changedFields(stored: ActionItem, incoming: ActionItem): string[] {
  return NOTE_FIELDS.filter(
    (field) => JSON.stringify(stored[field]) !== JSON.stringify(incoming[field]),
  )
}

/** A new task's line-based id may still be a moved item's: it then gets a suffix of its own. */
function claimId(id: string, taken: Set<string>): string {
  let free = id
  for (let n = 2; taken.has(free); n += 1) free = `${id}~${n}`
  taken.add(free)
  return free
}

function editedInApp(item: ActionItem): boolean {
  return item.version > (item.noteVersion ?? 1)
}

/**
 * Decides what importing a note again does to each item: a new one is created, one the
 * app has not edited since the note last wrote it is updated, one edited in the app since is
 * a conflict the user settles. How a task finds its item: `matchImported`. A matched item
 * takes the task's source, so it follows its line even when nothing else changed. Items of
 * the notes in `noteIds` that no task matches are listed as `gone`.
 */
export function planImport(
  stored: ActionItem[],
  incoming: ActionItem[],
  noteIds: ReadonlySet<string> = new Set(),
): ImportChange[] {
  const matches = matchImported(stored, incoming)
  const ids = new Set(stored.map((item) => item.id))
  const changes = incoming.map((item, index): ImportChange => {
    const existing = matches[index] ?? null
    if (!existing) {
      return { kind: 'create', item: { ...item, id: claimId(item.id, ids) }, existing, fields: [] }
    }
    const fields = changedFields(existing, item)
    const merged = {
      ...item,
      id: existing.id,
      version: existing.version,
      noteVersion: existing.noteVersion,
    }
    if (fields.length === 0) return { kind: 'unchanged', item: merged, existing, fields }
    const kind = editedInApp(existing) ? 'conflict' : 'update'
    return { kind, item: merged, existing, fields }
  })
  return [...changes, ...listGone(stored, matches, noteIds)]
}

/**
 * Items that came from one of the imported notes but that no task of it matches any more:
 * the task was deleted from the note. They are kept as they are, and the preview says so.
 */
function listGone(
  stored: ActionItem[],
  matches: Array<ActionItem | null | undefined>,
  noteIds: ReadonlySet<string>,
): ImportChange[] {
  const matched = new Set(matches.flatMap((item) => (item ? [item.id] : [])))
  return stored
    .filter((item) => item.source && noteIds.has(item.source.noteId) && !matched.has(item.id))
    .map((item) => ({ kind: 'gone', item, existing: item, fields: [] }))
}
