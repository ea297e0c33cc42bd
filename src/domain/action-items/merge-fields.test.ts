import { describe, expect, it } from 'vitest'
import type { ActionItem, MergeField } from '@/contract'
import { makeItem } from './action-item-fixtures'
import { compareField, mergeFields, noteFieldsOf, takeFromNote } from './merge-fields'
import { planImport } from './plan-import'

const base = makeItem({
  id: 'n.L1',
  title: 'Confirm Sev1 paging path',
  status: 'todo',
  statusSymbol: ' ',
  ownerId: 'jordan-avery',
  ownerLabel: '@Myself',
  due: '2025-11-20',
  scheduled: '2025-11-12',
  priority: 'high',
  tags: ['#task'],
})

/** For each field the preview shows, two values other than the base's. */
const edits: Array<[MergeField, Partial<ActionItem>, Partial<ActionItem>]> = [
  ['title', { title: 'Confirm the Sev1 path' }, { title: 'Confirm Sev1 paging, with legal' }],
  ['status', { status: 'done', statusSymbol: 'x' }, { status: 'cancelled', statusSymbol: '-' }],
  ['ownerId', { ownerId: 'riley-hart' }, { ownerId: 'morgan-blake', ownerLabel: '@Morgan' }],
  ['due', { due: '2025-11-22' }, { due: '2025-11-25' }],
  ['priority', { priority: 'low' }, { priority: 'highest' }],
  ['tags', { tags: ['#task', '#sev1'] }, { tags: [] }],
  ['scheduled', { scheduled: '2025-11-14' }, { scheduled: null }],
]

describe.each(edits)('merging %s', (field, first, second) => {
  const changed = (edit: Partial<ActionItem>) => ({ ...base, ...edit })

  it('takes a change made only in the note', () => {
    expect(compareField(field, base, base, changed(first))).toBe('note')
  })

  it('keeps a change made only in the app', () => {
    expect(compareField(field, base, changed(first), base)).toBe('app')
  })

  it('sees the same change made on both sides as no conflict', () => {
    expect(compareField(field, base, changed(first), changed(first))).toBe('same')
  })

  it('asks about different changes made on both sides', () => {
    expect(compareField(field, base, changed(first), changed(second))).toBe('conflict')
  })

  it('asks about any difference when the base is not known', () => {
    expect(compareField(field, null, changed(first), base)).toBe('conflict')
    expect(compareField(field, null, base, base)).toBe('same')
  })
})

describe('mergeFields', () => {
  it('sorts each field of an item by where it changed', () => {
    const app = { ...base, due: '2025-11-21', priority: 'low' as const, title: 'Mine' }
    const note = { ...base, due: '2025-11-22', status: 'done' as const, statusSymbol: 'x' }
    note.title = 'Mine'

    expect(mergeFields(base, app, note)).toEqual({
      taken: ['status'],
      kept: ['priority'],
      conflicts: ['due'],
    })
  })

  it('sees the same person written another way in the note as no change of owner', () => {
    const note = { ...base, ownerLabel: '@JordanAvery' }
    const app = { ...base, ownerId: 'riley-hart' }

    expect(compareField('ownerId', base, app, note)).toBe('app')
  })

  it('takes a status with its symbol, and an owner with the name the note writes', () => {
    const note = { ...base, status: 'proposed' as const, statusSymbol: '?', ownerId: null }
    note.ownerLabel = '@Somebody'

    expect(takeFromNote(base, note, ['status', 'ownerId'])).toMatchObject({
      status: 'proposed',
      statusSymbol: '?',
      ownerId: null,
      ownerLabel: '@Somebody',
      due: '2025-11-20',
    })
  })
})

describe('planImport with the base of the last import', () => {
  const stored = { ...base, due: '2025-11-21', priority: 'low' as const, version: 3 }
  const plan = (note: ActionItem, known = true) =>
    planImport([stored], [note], new Set(), () => (known ? noteFieldsOf(base) : null))[0]

  it('updates what only the note changed and keeps what only the app changed', () => {
    const change = plan({ ...base, status: 'done', statusSymbol: 'x' })

    expect(change).toMatchObject({
      kind: 'update',
      fields: ['status', 'statusSymbol'],
      conflicts: [],
      kept: ['due', 'priority'],
    })
    expect(change?.item).toMatchObject({ status: 'done', due: '2025-11-21', priority: 'low' })
  })

  it('is a conflict only for the fields both sides changed, and keeps the app’s value', () => {
    const change = plan({ ...base, due: '2025-11-22', title: 'Reworded in the note' })

    expect(change).toMatchObject({ kind: 'conflict', fields: ['title'], conflicts: ['due'] })
    expect(change?.item).toMatchObject({ title: 'Reworded in the note', due: '2025-11-21' })
    expect(change?.note?.due).toBe('2025-11-22')
  })

  it('has nothing to do when the note did not change since the last import', () => {
    expect(plan(base)).toMatchObject({ kind: 'unchanged', fields: [], kept: ['due', 'priority'] })
  })

  it('asks about every difference when the base is not known', () => {
    expect(plan(base, false)).toMatchObject({ kind: 'conflict', conflicts: ['due', 'priority'] })
  })

  it('takes everything from the note for an item not edited in the app since', () => {
    const untouched = { ...base, version: 2, noteVersion: 2 }
    const [change] = planImport([untouched], [{ ...base, due: '2025-12-01' }])

    expect(change).toMatchObject({ kind: 'update', fields: ['due'], conflicts: [] })
  })
})
