import { describe, expect, it } from 'vitest'
import { makeItem } from './action-item-fixtures'
import { queryActionItems, type ActionItemQueryInput } from './query'

const names: Record<string, string> = {
  'jordan-avery': 'Jordan Avery',
  'morgan-blake': 'Morgan Blake',
  coreweave: 'CoreWeave',
  xai: 'xAI',
}
const ctx = {
  today: '2025-11-05',
  ownerName: (id: string) => names[id] ?? id,
  accountName: (id: string) => names[id] ?? id,
}

const items = [
  makeItem({
    id: 'a',
    title: 'Confirm Sev1 target',
    ownerId: 'jordan-avery',
    accountIds: ['coreweave', 'xai'],
    due: '2025-11-05',
    priority: 'high',
    status: 'proposed',
    tags: ['#task', '#sla'],
  }),
  makeItem({ id: 'b', title: 'Draft model', ownerId: 'morgan-blake', due: '2025-11-01' }),
  makeItem({
    id: 'c',
    title: 'Old and done',
    due: '2025-10-01',
    status: 'done',
    accountIds: ['xai'],
  }),
  makeItem({ id: 'd', title: 'Renew support contract', due: '2025-02-30', accountIds: ['xai'] }),
  makeItem({ id: 'e', title: 'Review rota', due: '2025-11-12', priority: 'low', tags: ['#ops'] }),
  makeItem({ id: 'f', title: 'Someday', ownerId: 'jordan-avery', priority: 'medium' }),
]

function idsOf(query: ActionItemQueryInput): string[] {
  return queryActionItems(items, query, ctx).items.map((item) => item.id)
}

describe('queryActionItems: filters', () => {
  it('filters by owner, including unassigned', () => {
    expect(idsOf({ owner: ['jordan-avery'] })).toEqual(['a', 'f'])
    expect(idsOf({ owner: ['unassigned', 'morgan-blake'] })).toEqual(['c', 'b', 'e', 'd'])
  })

  it('filters by account, including none', () => {
    expect(idsOf({ account: ['xai'] })).toEqual(['c', 'a', 'd'])
    expect(idsOf({ account: ['none'] })).toEqual(['b', 'e', 'f'])
  })

  it('filters by status and priority', () => {
    expect(idsOf({ status: ['done'] })).toEqual(['c'])
    expect(idsOf({ priority: ['high', 'low'] })).toEqual(['a', 'e'])
  })

  it('ORs due buckets together', () => {
    expect(idsOf({ due: ['overdue', 'none'] })).toEqual(['b', 'f'])
    expect(idsOf({ due: ['today'] })).toEqual(['a'])
    expect(idsOf({ due: ['this_week'] })).toEqual(['a'])
    expect(idsOf({ due: ['next_7_days'] })).toEqual(['e'])
  })

  it('finds an impossible date under invalid and never under overdue', () => {
    expect(idsOf({ due: ['invalid'] })).toEqual(['d'])
    expect(idsOf({ due: ['overdue'] })).toEqual(['b'])
  })

  it('applies dueFrom and dueTo inclusively, to valid dates only', () => {
    expect(idsOf({ dueFrom: '2025-11-01', dueTo: '2025-11-05' })).toEqual(['b', 'a'])
    expect(idsOf({ dueFrom: '2025-01-01' })).toEqual(['c', 'b', 'a', 'e'])
  })

  it('filters by tag with or without #, and by free text over title, owner and tags', () => {
    expect(idsOf({ tag: 'ops' })).toEqual(['e'])
    expect(idsOf({ tag: '#SLA' })).toEqual(['a'])
    expect(idsOf({ q: 'MORGAN' })).toEqual(['b'])
    expect(idsOf({ q: 'rota' })).toEqual(['e'])
    expect(idsOf({ q: '#sla' })).toEqual(['a'])
  })

  it('finds a title typed with a curly apostrophe from a straight one, and back', () => {
    const quoted = [makeItem({ id: 'q', title: 'Confirm xAI’s Sev1 path' }), ...items]
    const ids = (q: string) => queryActionItems(quoted, { q }, ctx).items.map((item) => item.id)

    expect(ids("xai's sev1")).toEqual(['q'])
    expect(ids('XAI’S')).toEqual(['q'])
  })

  it('uses query.today over the context date', () => {
    expect(idsOf({ due: ['today'], today: '2025-11-12' })).toEqual(['e'])
  })
})

describe('queryActionItems: facets', () => {
  it('counts each option with all the other filters applied', () => {
    const result = queryActionItems(items, { owner: ['jordan-avery'], priority: ['high'] }, ctx)

    expect(result.total).toBe(1)
    expect(result.facets.owner).toEqual({ 'jordan-avery': 1 })
    expect(result.facets.priority).toMatchObject({ high: 1, medium: 1, none: 0, low: 0 })
    expect(result.facets.account).toEqual({ coreweave: 1, xai: 1 })
    expect(result.facets.due).toMatchObject({ today: 1, this_week: 1, overdue: 0 })
  })

  it('counts every option with no filters, leaving done items out of overdue', () => {
    const { facets } = queryActionItems(items, {}, ctx)

    expect(facets.owner).toEqual({ 'jordan-avery': 2, 'morgan-blake': 1, unassigned: 3 })
    expect(facets.account).toEqual({ coreweave: 1, xai: 3, none: 3 })
    expect(facets.due).toEqual({
      overdue: 1,
      today: 1,
      this_week: 1,
      next_7_days: 1,
      later: 0,
      none: 1,
      invalid: 1,
    })
  })

  it('keeps a selected option with no items at 0', () => {
    const { facets } = queryActionItems(items, { owner: ['riley-hart'] }, ctx)

    expect(facets.owner['riley-hart']).toBe(0)
  })
})

describe('queryActionItems: sorting and paging', () => {
  it('sorts by due, dated first, then invalid, then no date', () => {
    expect(idsOf({ sort: 'due' })).toEqual(['c', 'b', 'a', 'e', 'd', 'f'])
    expect(idsOf({ sort: '-due' })).toEqual(['e', 'a', 'b', 'c', 'd', 'f'])
  })

  it('sorts by priority, then due', () => {
    expect(idsOf({ sort: 'priority' })).toEqual(['a', 'f', 'c', 'b', 'd', 'e'])
    expect(idsOf({ sort: '-priority' })).toEqual(['e', 'c', 'b', 'd', 'f', 'a'])
  })

  it('sorts by owner and account name, the unassigned last, ties by due then id', () => {
    expect(idsOf({ sort: 'owner' })).toEqual(['a', 'f', 'b', 'c', 'e', 'd'])
    expect(idsOf({ sort: 'account' })).toEqual(['a', 'c', 'd', 'b', 'e', 'f'])
  })

  it('breaks ties by id, so the order is stable', () => {
    const same = ['z', 'y', 'x'].map((id) => makeItem({ id, due: '2025-11-05' }))

    expect(queryActionItems(same, {}, ctx).items.map((item) => item.id)).toEqual(['x', 'y', 'z'])
  })

  it('pages after counting the total', () => {
    const result = queryActionItems(items, { page: 2, pageSize: 4 }, ctx)

    expect(result).toMatchObject({ total: 6, page: 2, pageSize: 4 })
    expect(result.items.map((item) => item.id)).toEqual(['d', 'f'])
  })
})
