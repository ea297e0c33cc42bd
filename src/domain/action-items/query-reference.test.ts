import { describe, expect, it } from 'vitest'
import {
  dueBucketValues,
  priorityValues,
  statusValues,
  type ActionItem,
  type ActionItemQuery,
} from '@/contract/action-items'
import { generateItems } from '../../../scripts/bench/generate-items'
import { createRandom, type Random } from '../../../scripts/bench/random'
import { isValidCalendarDate } from './calendar-date'
import { getDueWindow, matchesInWindow } from './due-bucket'
import { rankPriority } from './priority'
import { queryActionItems, type ActionItemQueryInput } from './query'
import { foldForSearch } from './search-text'

// The query works on an index of numbers kept between calls. Here every result is checked
// against the rules as written, item by item, with nothing kept, over generated data.

const { items: generated, owners, accounts } = generateItems(1000, 7)
const names = new Map([...owners, ...accounts].map((entry) => [entry.id, entry.name]))
const ctx = {
  today: '2026-03-16',
  ownerName: (id: string) => names.get(id) ?? id,
  accountName: (id: string) => names.get(id) ?? id,
}

type FacetName = 'owner' | 'account' | 'status' | 'priority' | 'due'
type Test = (item: ActionItem) => boolean

function facetTests(query: ActionItemQueryInput): Record<FacetName, (values?: string[]) => Test> {
  const window = getDueWindow(query.today ?? ctx.today, query.weekStart ?? 'mon')
  const any = (values: string[] | undefined, test: (value: string) => Test) => (item: ActionItem) =>
    !values || values.length === 0 || values.some((value) => test(value)(item))
  return {
    owner: (values) => any(values, (v) => (item) => (item.ownerId ?? 'unassigned') === v),
    account: (values) =>
      any(
        values,
        (v) => (item) =>
          item.accountIds.length === 0 ? v === 'none' : item.accountIds.includes(v),
      ),
    status: (values) => any(values, (v) => (item) => item.status === v),
    priority: (values) => any(values, (v) => (item) => item.priority === v),
    due: (values) =>
      any(values, (v) => (item) => matchesInWindow(item.due, v as never, window, item.status)),
  }
}

function baseTest(query: ActionItemQueryInput): Test {
  const needle = query.q?.trim() ? foldForSearch(query.q.trim()) : undefined
  const tag = query.tag ? foldForSearch(query.tag.replace(/^#/, '')) : undefined
  return (item) => {
    if (query.dueFrom || query.dueTo) {
      if (item.due === null || !isValidCalendarDate(item.due)) return false
      if (query.dueFrom && item.due < query.dueFrom) return false
      if (query.dueTo && item.due > query.dueTo) return false
    }
    if (tag && !item.tags.some((t) => foldForSearch(t.replace(/^#/, '')) === tag)) return false
    if (!needle) return true
    const owner = item.ownerId === null ? '' : foldForSearch(ctx.ownerName(item.ownerId))
    return (
      foldForSearch(item.title).includes(needle) ||
      owner.includes(needle) ||
      item.tags.some((t) => foldForSearch(t).includes(needle))
    )
  }
}

function dueOrder(item: ActionItem, descending: boolean): number {
  if (item.due === null) return 2e8
  if (!isValidCalendarDate(item.due)) return 1e8
  const day = Number(item.due.replaceAll('-', ''))
  return descending ? -day : day
}

function compareFor(sort: ActionItemQuery['sort'], matched: ActionItem[]) {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  const byName = (ids: string[], nameOf: (id: string) => string) => {
    const sorted = [...new Set(ids)].sort(
      (a, b) => collator.compare(nameOf(a), nameOf(b)) || (a < b ? -1 : 1),
    )
    return (id: string) => sorted.indexOf(id)
  }
  const ownerRank = byName(
    matched.flatMap((item) => (item.ownerId ? [item.ownerId] : [])),
    ctx.ownerName,
  )
  const accountRank = byName(
    matched.flatMap((item) => item.accountIds),
    ctx.accountName,
  )
  const group = (item: ActionItem): number => {
    if (sort === 'priority') return rankPriority(item.priority)
    if (sort === '-priority') return 5 - rankPriority(item.priority)
    if (sort === 'owner') return item.ownerId ? ownerRank(item.ownerId) : Infinity
    if (sort === 'account') {
      return item.accountIds.length ? Math.min(...item.accountIds.map(accountRank)) : Infinity
    }
    return 0
  }
  return (a: ActionItem, b: ActionItem) =>
    group(a) - group(b) ||
    dueOrder(a, sort === '-due') - dueOrder(b, sort === '-due') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** What the rules say a query returns, worked out the long way. */
function reference(items: ActionItem[], query: ActionItemQueryInput) {
  const tests = facetTests(query)
  const base = baseTest(query)
  const facets = ['owner', 'account', 'status', 'priority', 'due'] as const
  const passesAllBut = (item: ActionItem, left: FacetName | null) =>
    base(item) && facets.every((f) => f === left || tests[f](query[f])(item))
  const matched = items.filter((item) => passesAllBut(item, null))

  // Each option counts the items that pass every other filter and answer it.
  const answers: Record<FacetName, (item: ActionItem) => string[]> = {
    owner: (item) => [item.ownerId ?? 'unassigned'],
    account: (item) => (item.accountIds.length ? item.accountIds : ['none']),
    status: (item) => [item.status],
    priority: (item) => [item.priority],
    due: (item) => dueBucketValues.filter((bucket) => tests.due([bucket])(item)),
  }
  const always: Partial<Record<FacetName, readonly string[]>> = {
    status: statusValues,
    priority: priorityValues,
    due: dueBucketValues,
  }
  const counts = Object.fromEntries(
    facets.map((f) => {
      const count: Record<string, number> = {}
      for (const option of [...(always[f] ?? []), ...(query[f] ?? [])]) count[option] = 0
      for (const item of items) {
        if (!passesAllBut(item, f)) continue
        for (const option of answers[f](item)) count[option] = (count[option] ?? 0) + 1
      }
      return [f, count]
    }),
  )

  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 50
  const sorted = [...matched].sort(compareFor(query.sort ?? 'due', matched))
  return {
    ids: sorted.slice((page - 1) * pageSize, page * pageSize).map((item) => item.id),
    total: matched.length,
    facets: counts,
  }
}

function someOf<T>(random: Random, values: readonly T[], most: number): T[] {
  const count = random.int(0, most)
  return Array.from({ length: count }, () => random.pick(values))
}

function randomQuery(random: Random): ActionItemQueryInput {
  const ownerIds = [...owners.map((o) => o.id), 'unassigned', 'nobody-known']
  const accountIds = [...accounts.slice(0, 20).map((a) => a.id), 'none']
  const query: ActionItemQueryInput = {
    owner: someOf(random, ownerIds, 2),
    account: someOf(random, accountIds, 2),
    status: someOf(random, statusValues, 2),
    priority: someOf(random, priorityValues, 2),
    due: someOf(random, dueBucketValues, 2),
    sort: random.pick(['due', '-due', 'priority', '-priority', 'owner', 'account'] as const),
    page: random.int(1, 3),
    pageSize: random.pick([10, 50, 500]),
    today: random.pick(['2026-03-16', '2026-03-01', '2026-04-02']),
    weekStart: random.pick(['mon', 'sun'] as const),
  }
  if (random.next() < 0.3) query.q = random.pick(['sla', 'ROTA', 'owner 1', '#legal', 'zzz'])
  if (random.next() < 0.2) query.tag = random.pick(['#sla', 'ops', 'LEGAL'])
  if (random.next() < 0.2) query.dueFrom = '2026-03-10'
  if (random.next() < 0.2) query.dueTo = '2026-03-31'
  return query
}

function expectSameAsReference(items: ActionItem[], query: ActionItemQueryInput) {
  const result = queryActionItems(items, query, ctx)
  const expected = reference(items, query)
  const label = JSON.stringify(query)
  expect(
    result.items.map((item) => item.id),
    label,
  ).toEqual(expected.ids)
  expect(result.total, label).toBe(expected.total)
  expect(result.facets, label).toEqual(expected.facets)
}

describe('queryActionItems against the rules worked out item by item', () => {
  it('agrees on 100 random queries over 1,000 generated items', () => {
    const random = createRandom(11)
    for (let n = 0; n < 100; n += 1) expectSameAsReference(generated, randomQuery(random))
  })

  it('agrees after items are edited, added and removed in the same array', () => {
    const items = [...generated]
    const random = createRandom(12)
    queryActionItems(items, {}, ctx)
    for (let round = 0; round < 20; round += 1) {
      const at = random.int(0, items.length - 1)
      const item = items[at] as ActionItem
      items[at] = {
        ...item,
        ownerId: random.next() < 0.5 ? null : 'owner-new',
        due: random.pick([null, '2026-03-16', '2026-02-30', '2026-05-01']),
        status: random.pick(statusValues),
        accountIds: random.next() < 0.5 ? [] : ['gen-0001', 'account-new'],
        title: `${item.title} SLA`,
      }
      items.push({ ...item, id: `added-${round}`, priority: random.pick(priorityValues) })
      if (round % 5 === 4) items.splice(random.int(0, items.length - 1), 1)
      expectSameAsReference(items, randomQuery(random))
    }
  })
})
