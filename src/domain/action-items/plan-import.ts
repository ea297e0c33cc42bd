import type { ActionItem, ImportChange } from '@/contract'

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

function sameTitle(a: ActionItem, b: ActionItem): boolean {
  return a.title.trim().toLowerCase() === b.title.trim().toLowerCase()
}

function sameNote(a: ActionItem, b: ActionItem): boolean {
  return a.source?.noteId === b.source?.noteId
}

/** The same note saved under another file name keeps its title (front matter or heading). */
function sameNoteTitle(a: ActionItem, b: ActionItem): boolean {
  return a.source !== null && a.source.noteTitle === b.source?.noteTitle
}

function editedInApp(item: ActionItem): boolean {
  return item.version > (item.noteVersion ?? 1)
}

/**
 * Decides what importing a note again does to each item: a new one is created, one the
 * app has not edited since the note last wrote it is updated, one edited in the app since is
 * a conflict the user settles. An item is found by id (note + block id or line), else by
 * note and title, so a line moved by an edit above it does not duplicate it, else by title
 * within a note of the same title, so the same note saved under another file name does not
 * duplicate every item either (while another note's task of the same wording stays apart).
 */
export function planImport(stored: ActionItem[], incoming: ActionItem[]): ImportChange[] {
  const byId = new Map(stored.map((item) => [item.id, item]))
  return incoming.map((item) => {
    const existing =
      byId.get(item.id) ??
      stored.find((s) => sameNote(s, item) && sameTitle(s, item)) ??
      stored.find((s) => sameNoteTitle(s, item) && sameTitle(s, item)) ??
      null
    if (!existing) return { kind: 'create', item, existing: null, fields: [] }
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
}
