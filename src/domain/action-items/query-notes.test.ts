import { describe, expect, it } from 'vitest'
import type { ActionItem } from '@/contract/action-items'
import { parseNote } from '@/domain/notes/parse-note'
import { makeItem, makeManyItems } from './action-item-fixtures'
import { isValidCalendarDate } from './calendar-date'
import { dueBucketOf } from './due-bucket'
import { queryActionItems } from './query'

const ctx = { today: '2025-11-05', ownerName: (id: string) => id, accountName: (id: string) => id }

function itemsFromNote(body: string): ActionItem[] {
  const note = parseNote(body, { noteId: 'n', notePath: 'n.md', people: [], accounts: [] })
  return note.tasks.map((task) => makeItem({ ...task, id: task.key, warnings: [] }))
}

describe('action items read from note lines', () => {
  it('sorts 🔽, no priority and 🔼 as 🔼, none, 🔽', () => {
    const items = itemsFromNote('- [ ] low 🔽\n- [ ] plain\n- [ ] medium 🔼')
    const sorted = queryActionItems(items, { sort: 'priority' }, ctx).items

    expect(sorted.map((item) => item.title)).toEqual(['medium', 'plain', 'low'])
  })

  it('keeps 2025-02-30 as an invalid date, never overdue, found under invalid', () => {
    const [item] = itemsFromNote('- [ ] Renew support contract @OwnerI 📅 2025-02-30')
    const items = item ? [item] : []

    expect(item?.due).toBe('2025-02-30')
    expect(dueBucketOf(item?.due ?? null, '2026-01-01', 'mon')).toBe('invalid')
    expect(queryActionItems(items, { due: ['overdue'] }, ctx).total).toBe(0)
    expect(queryActionItems(items, { due: ['invalid'] }, ctx).total).toBe(1)
    expect(queryActionItems(items, { dueTo: '2025-12-31' }, ctx).total).toBe(0)
  })
})

describe('queryActionItems at scale', () => {
  // Speed is measured by `npm run bench`; this checks the fast paths give the plain answer.
  it('gives 50,000 items the same total and first page as a plain filter and sort', () => {
    const items = makeManyItems(50_000)
    const owners = new Set(['jordan-avery'])
    const result = queryActionItems(items, { owner: ['jordan-avery'], sort: 'due' }, ctx)
    const expected = items
      .filter((item) => item.ownerId !== null && owners.has(item.ownerId))
      .sort((a, b) => compareDue(a, b))

    expect(result.total).toBe(expected.length)
    expect(result.items.map((item) => item.id)).toEqual(
      expected.slice(0, result.pageSize).map((item) => item.id),
    )
  })
})

function compareDue(a: { due: string | null; id: string }, b: { due: string | null; id: string }) {
  const rank = (due: string | null) => (due === null ? 2 : isValidCalendarDate(due) ? 0 : 1)
  const byRank = rank(a.due) - rank(b.due)
  if (byRank !== 0) return byRank
  if (a.due !== b.due) return (a.due ?? '') < (b.due ?? '') ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
