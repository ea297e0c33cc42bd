import { describe, expect, it } from 'vitest'
import type { ActionItem, ImportChange, NoteMeta } from '@/contract'
import { makeItem } from '@/domain/action-items/action-item-fixtures'
import { describeNoteImport } from './describe-note-import'

const note: NoteMeta = {
  id: 'pasted-order-nics',
  path: 'pasted-order-nics.md',
  title: 'pasted-order-nics',
  date: null,
  participants: [],
  tags: [],
  author: null,
  repaired: false,
  itemCount: 2,
  warnings: [],
}

function itemOf(noteId: string, line: number): ActionItem {
  const source = { noteId, notePath: `${noteId}.md`, noteTitle: noteId, line, blockId: null }
  return makeItem({ id: `${noteId}.L${line}`, title: 'Order NICs', source })
}

function changeOf(kind: ImportChange['kind'], existingNote: string | null): ImportChange {
  const existing = existingNote === null ? null : itemOf(existingNote, 1)
  const item = itemOf(note.id, 1)
  return { kind, item, existing, fields: [], conflicts: [], kept: [], note: null }
}

describe('describeNoteImport', () => {
  it('says a note whose tasks are all new was not imported before under its name', () => {
    expect(describeNoteImport(note, [changeOf('create', null)])).toBe(
      'Not imported before as pasted-order-nics.md.',
    )
  })

  it('says which note an import updates, and how to keep a different note apart', () => {
    const changes = [changeOf('unchanged', note.id), changeOf('gone', note.id)]

    expect(describeNoteImport(note, changes)).toBe(
      'Imported before as pasted-order-nics.md: this import updates its 2 items. ' +
        'For a different note, change the file name.',
    )
  })

  it('does not count items stored under another note, matched by the note title', () => {
    expect(describeNoteImport(note, [changeOf('update', 'weekly-sync')])).toBe(
      'Not imported before as pasted-order-nics.md.',
    )
  })
})
