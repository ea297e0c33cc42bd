import type {
  ActionItem,
  ActionItemList,
  ActionItemQuery,
  DueBucket,
} from '@/contract/action-items'
import { isValidCalendarDate } from './calendar-date'
import { getDueWindow, matchingBuckets, type DueWindow } from './due-bucket'
import { countItem, countItemInAll, createFacetCounter, toFacets, type FacetName } from './facets'
import { sortActionItemsRange } from './sort-items'

export type QueryContext = {
  /** The viewer's calendar date; `query.today` wins when given. */
  today: string
  ownerName(id: string): string
  accountName(id: string): string
}

/** A parsed query; left-out fields take the schema's defaults. */
export type ActionItemQueryInput = Partial<ActionItemQuery>

type FacetTest = (item: ActionItem, buckets: readonly DueBucket[]) => boolean

function buildFacetTests(query: ActionItemQueryInput): Array<[FacetName, FacetTest]> {
  const tests: Array<[FacetName, FacetTest]> = []
  const add = (
    facet: FacetName,
    values: string[] | undefined,
    test: (set: Set<string>) => FacetTest,
  ) => {
    if (values && values.length > 0) tests.push([facet, test(new Set(values))])
  }
  add('owner', query.owner, (set) => (item) => set.has(item.ownerId ?? 'unassigned'))
  add(
    'account',
    query.account,
    (set) => (item) =>
      item.accountIds.length === 0 ? set.has('none') : item.accountIds.some((id) => set.has(id)),
  )
  add('status', query.status, (set) => (item) => set.has(item.status))
  add('priority', query.priority, (set) => (item) => set.has(item.priority))
  add('due', query.due, (set) => (_, buckets) => buckets.some((bucket) => set.has(bucket)))
  return tests
}

function normaliseTag(tag: string): string {
  return tag.replace(/^#/, '').toLowerCase()
}

/** The filters that are not facets: they always apply. */
function buildBaseTest(query: ActionItemQueryInput, ctx: QueryContext) {
  const { dueFrom, dueTo } = query
  const tag = query.tag ? normaliseTag(query.tag) : null
  const needle = query.q?.trim().toLowerCase() || null
  const ownerNames = new Map<string | null, string>()
  const ownerNameOf = (id: string | null) => {
    let name = ownerNames.get(id)
    if (name === undefined) {
      name = id === null ? '' : ctx.ownerName(id).toLowerCase()
      ownerNames.set(id, name)
    }
    return name
  }

  return (item: ActionItem): boolean => {
    if (dueFrom || dueTo) {
      if (item.due === null || !isValidCalendarDate(item.due)) return false
      if ((dueFrom && item.due < dueFrom) || (dueTo && item.due > dueTo)) return false
    }
    if (tag !== null && !item.tags.some((t) => normaliseTag(t) === tag)) return false
    if (needle === null) return true
    return (
      item.title.toLowerCase().includes(needle) ||
      ownerNameOf(item.ownerId).includes(needle) ||
      item.tags.some((t) => t.toLowerCase().includes(needle))
    )
  }
}

function filterAndCount(items: ActionItem[], query: ActionItemQueryInput, ctx: QueryContext) {
  const window: DueWindow = getDueWindow(query.today ?? ctx.today, query.weekStart ?? 'mon')
  const facetTests = buildFacetTests(query)
  const passesBase = buildBaseTest(query, ctx)
  const counter = createFacetCounter()
  const matched: ActionItem[] = []

  for (const item of items) {
    if (!passesBase(item)) continue
    const buckets = matchingBuckets(item.due, window, item.status)
    let failedFacet: FacetName | null = null
    let failures = 0
    for (const [facet, test] of facetTests) {
      if (test(item, buckets)) continue
      failedFacet = facet
      failures += 1
      if (failures > 1) break
    }
    if (failures === 0) {
      matched.push(item)
      countItemInAll(counter, item, buckets)
    } else if (failures === 1 && failedFacet !== null) {
      // Fails only this facet's own filter: it counts towards that facet's other options.
      countItem(counter, failedFacet, item, buckets)
    }
  }

  return { matched, facets: toFacets(counter, query) }
}

/**
 * Filters, counts, sorts and pages action items. Facet counts are computed with every
 * other filter applied, so each option shows how many items choosing it would leave.
 */
export function queryActionItems(
  items: ActionItem[],
  query: ActionItemQueryInput,
  ctx: QueryContext,
): ActionItemList {
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 50
  const { matched, facets } = filterAndCount(items, query, ctx)
  const start = (page - 1) * pageSize
  const sort = query.sort ?? 'due'

  return {
    items: sortActionItemsRange(matched, sort, ctx, start, start + pageSize),
    total: matched.length,
    page,
    pageSize,
    facets,
  }
}
