import { describe, expect, it } from 'vitest'
import type { ActionItem } from '@/contract/action-items'
import { parseNote } from '@/domain/notes/parse-note'
import { makeItem, makeManyItems } from './action-item-fixtures'
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
  it('filters, counts, sorts and pages 50,000 items in well under 50 ms', () => {
    const items = makeManyItems(50_000)
    const queries = [
      { sort: 'due' as const },
      { sort: 'priority' as const, owner: ['jordan-avery', 'unassigned'] },
      { sort: 'owner' as const, due: ['overdue' as const, 'this_week' as const], q: 'rota' },
      { sort: 'account' as const, status: ['todo' as const], page: 40 },
    ]
    for (const query of queries) queryActionItems(items, query, ctx)

    const times = queries.flatMap((query) =>
      [1, 2, 3].map(() => {
        const started = performance.now()
        queryActionItems(items, query, ctx)
        return performance.now() - started
      }),
    )
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Infinity

    expect(median).toBeLessThan(50)
  })
})
