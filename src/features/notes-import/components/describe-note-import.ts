import type { ImportChange, NoteMeta } from '@/contract'

/**
 * Whether a note was imported before under its file name, told from the stored items of that
 * note. Two different notes with one name would update each other's items: the user must see.
 */
export function describeNoteImport(note: NoteMeta, changes: ImportChange[]): string {
  const stored = changes.filter(
    (change) => change.kind !== 'create' && change.existing?.source?.noteId === note.id,
  ).length
  if (stored === 0) return `Not imported before as ${note.path}.`
  const items = stored === 1 ? '1 item' : `${stored} items`
  return (
    `Imported before as ${note.path}: this import updates its ${items}. ` +
    'For a different note, change the file name.'
  )
}
