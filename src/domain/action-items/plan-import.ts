import type { ActionItem, ImportChange, NoteFields } from '@/contract'
import { differingKeys, mergeFields, noteFieldsOf, takeFromNote } from './merge-fields'
import { matchImported } from './match-imported'

/** What the note said about an item at its last import, when the store knows it. */
export type BaseOf = (item: ActionItem) => NoteFields | null

type Merge = Pick<ImportChange, 'fields' | 'conflicts' | 'kept' | 'note'>

/** A new item, or one whose task is gone, has nothing to merge. */
function noMerge(): Merge {
  return { fields: [], conflicts: [], kept: [], note: null }
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

/** Merges a task into its stored item, field by field, from the base of the last import. */
function planMatched(existing: ActionItem, incoming: ActionItem, baseOf: BaseOf): ImportChange {
  // An item the app has not edited since the note last wrote it is its own base.
  const base = editedInApp(existing) ? baseOf(existing) : noteFieldsOf(existing)
  const note = noteFieldsOf(incoming)
  const { taken, kept, conflicts } = mergeFields(base, existing, note)
  const { source, warnings } = incoming
  const item: ActionItem = { ...takeFromNote(existing, note, taken), source, warnings }
  const fields = differingKeys(taken, existing, note)
  const kind = conflicts.length > 0 ? 'conflict' : taken.length > 0 ? 'update' : 'unchanged'
  return { kind, item, existing, fields, conflicts, kept, note }
}

/**
 * Decides what importing a note again does to each item: a new one is created; a stored
 * one is merged field by field with what the note now says, from what the note said at the
 * last import (`baseOf`). A field changed only in the note is taken, one changed only in
 * the app is kept, and one changed on both sides is a conflict the user settles. How a task
 * finds its item: `matchImported`. A matched item takes the task's source, so it follows its
 * line even when nothing else changed. Items of the notes in `noteIds` that no task matches
 * are listed as `gone`.
 */
export function planImport(
  stored: ActionItem[],
  incoming: ActionItem[],
  noteIds: ReadonlySet<string> = new Set(),
  baseOf: BaseOf = () => null,
): ImportChange[] {
  const matches = matchImported(stored, incoming)
  const ids = new Set(stored.map((item) => item.id))
  const changes = incoming.map((item, index): ImportChange => {
    const existing = matches[index] ?? null
    if (existing) return planMatched(existing, item, baseOf)
    return { kind: 'create', item: { ...item, id: claimId(item.id, ids) }, existing, ...noMerge() }
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
    .map((item) => ({ kind: 'gone', item, existing: item, ...noMerge() }))
}
