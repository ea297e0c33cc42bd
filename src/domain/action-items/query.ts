import {
  dueBucketValues,
  priorityValues,
  statusValues,
  type ActionItem,
  type ActionItemList,
  type ActionItemQuery,
  type DueBucket,
} from '@/contract/action-items'
import { dayNumberOf } from './calendar-date'
import { bucketsAnswered, getDueWindow } from './due-bucket'
import { createFacetCounter, toFacets, type FacetCounter } from './facets'
import { closedStatusSlots, indexItems, INVALID_DUE, NO_DUE, type ItemIndex } from './item-index'
import { sortIndexedRange } from './sort-items'
import { foldForSearch } from './search-text'

export type QueryContext = {
  /** The viewer's calendar date; `query.today` wins when given. */
  today: string
  ownerName(id: string): string
  accountName(id: string): string
}

/** A parsed query; left-out fields take the schema's defaults. */
export type ActionItemQueryInput = Partial<ActionItemQuery>

/** yyyymmdd of a date the contract has checked exists (`dueFrom`, `dueTo`, the window). */
function dayKey(date: string): number {
  return dayNumberOf(date) ?? NO_DUE
}

const bucketSlot = new Map<DueBucket, number>(dueBucketValues.map((bucket, i) => [bucket, i]))
const slotOfBucket = (bucket: DueBucket) => bucketSlot.get(bucket) ?? 0
const OVERDUE = slotOfBucket('overdue')
const TODAY = slotOfBucket('today')
const THIS_WEEK = slotOfBucket('this_week')
const NEXT_7_DAYS = slotOfBucket('next_7_days')
const LATER = slotOfBucket('later')
const NONE = slotOfBucket('none')
const INVALID = slotOfBucket('invalid')

/**
 * An item's due code: the bucket its date falls in, twice over for open and closed items, as
 * 'overdue' leaves closed ones out. Each code answers a fixed list of filter options.
 */
const answeredByCode: Array<readonly DueBucket[]> = dueBucketValues.flatMap((bucket) => [
  bucketsAnswered(bucket, false),
  bucketsAnswered(bucket, true),
])

type DayWindow = { today: number; endOfWeek: number; weekAhead: number }

function bucketOfDay(day: number, window: DayWindow): number {
  if (day === NO_DUE) return NONE
  if (day === INVALID_DUE) return INVALID
  if (day < window.today) return OVERDUE
  if (day === window.today) return TODAY
  if (day <= window.endOfWeek) return THIS_WEEK
  if (day <= window.weekAhead) return NEXT_7_DAYS
  return LATER
}

/** Flags by slot for the values a facet filter keeps, or null when it keeps everything. */
function wanted(values: string[] | undefined, size: number, slotOf: (value: string) => number[]) {
  if (!values || values.length === 0) return null
  const flags = new Uint8Array(size)
  for (const value of values) for (const slot of slotOf(value)) flags[slot] = 1
  return flags
}

function slotsIn(list: readonly string[]) {
  return (value: string) => {
    const slot = list.indexOf(value)
    return slot < 0 ? [] : [slot]
  }
}

function slotsFrom(slots: Map<string, number>) {
  return (value: string) => {
    const slot = slots.get(value)
    return slot === undefined ? [] : [slot]
  }
}

/** The due codes that answer any of the chosen buckets. */
function wantedDueCodes(buckets: DueBucket[] | undefined) {
  if (!buckets || buckets.length === 0) return null
  return Uint8Array.from(answeredByCode, (answered) =>
    answered.some((bucket) => buckets.includes(bucket)) ? 1 : 0,
  )
}

function normaliseTag(tag: string): string {
  return foldForSearch(tag.replace(/^#/, ''))
}

/** The filters that are not facets: they always apply. */
function buildBaseTest(query: ActionItemQueryInput, ctx: QueryContext, index: ItemIndex) {
  const from = query.dueFrom ? dayKey(query.dueFrom) : null
  const to = query.dueTo ? dayKey(query.dueTo) : null
  const tag = query.tag ? normaliseTag(query.tag) : null
  const needle = foldForSearch(query.q?.trim() ?? '') || null
  if (from === null && to === null && tag === null && needle === null) return null
  const ownerNames = index.ownerIds.map((id, slot) =>
    slot === 0 ? '' : foldForSearch(ctx.ownerName(id)),
  )

  return (i: number): boolean => {
    if (from !== null || to !== null) {
      const day = index.due[i] ?? NO_DUE
      if (day === NO_DUE || day === INVALID_DUE) return false
      if ((from !== null && day < from) || (to !== null && day > to)) return false
    }
    const tags = index.tags[i] ?? []
    if (tag !== null && !tags.some((t) => normaliseTag(t) === tag)) return false
    if (needle === null) return true
    return (
      (index.titles[i] ?? '').includes(needle) ||
      (ownerNames[index.owner[i] ?? 0] ?? '').includes(needle) ||
      tags.some((t) => t.includes(needle))
    )
  }
}

const Facet = { Owner: 0, Account: 1, Status: 2, Priority: 3, Due: 4 } as const
type Facet = (typeof Facet)[keyof typeof Facet]
const everyFacet = Object.values(Facet)

/** Counts by slot, per facet; turned into the API's facets once the pass is done. */
function createCounts(index: ItemIndex) {
  return {
    owner: new Int32Array(index.ownerIds.length),
    account: new Int32Array(index.accountIds.length),
    noAccount: 0,
    status: new Int32Array(statusValues.length),
    priority: new Int32Array(priorityValues.length),
    due: new Int32Array(answeredByCode.length),
  }
}
type Counts = ReturnType<typeof createCounts>

function countFacet(counts: Counts, facet: Facet, index: ItemIndex, i: number, code: number) {
  if (facet === Facet.Owner) counts.owner[index.owner[i] ?? 0]! += 1
  else if (facet === Facet.Status) counts.status[index.status[i] ?? 0]! += 1
  else if (facet === Facet.Priority) counts.priority[index.priority[i] ?? 0]! += 1
  else if (facet === Facet.Due) counts.due[code]! += 1
  else {
    const accounts = index.accounts[i] ?? []
    if (accounts.length === 0) counts.noAccount += 1
    for (const slot of accounts) counts.account[slot]! += 1
  }
}

function toCounter(counts: Counts, index: ItemIndex): FacetCounter {
  const counter = createFacetCounter()
  const fill = (map: Map<string, number>, array: Int32Array, names: readonly string[]) =>
    array.forEach((count, slot) => {
      if (count > 0) map.set(names[slot] as string, count)
    })
  fill(counter.owner, counts.owner, index.ownerIds)
  fill(counter.account, counts.account, index.accountIds)
  if (counts.noAccount > 0) counter.account.set('none', counts.noAccount)
  fill(counter.status, counts.status, statusValues)
  fill(counter.priority, counts.priority, priorityValues)
  counts.due.forEach((count, code) => {
    for (const bucket of answeredByCode[code] ?? []) {
      counter.due.set(bucket, (counter.due.get(bucket) ?? 0) + count)
    }
  })
  return counter
}

function filterAndCount(index: ItemIndex, query: ActionItemQueryInput, ctx: QueryContext) {
  const dates = getDueWindow(query.today ?? ctx.today, query.weekStart ?? 'mon')
  const window = {
    today: dayKey(dates.today),
    endOfWeek: dayKey(dates.endOfWeek),
    weekAhead: dayKey(dates.weekAhead),
  }
  const owners = wanted(query.owner, index.ownerIds.length, slotsFrom(index.ownerSlots))
  const accountSlots = slotsFrom(index.accountSlots)
  const accounts = wanted(query.account, index.accountIds.length, accountSlots)
  const noAccount = query.account?.includes('none') ?? false
  const statuses = wanted(query.status, statusValues.length, slotsIn(statusValues))
  const priorities = wanted(query.priority, priorityValues.length, slotsIn(priorityValues))
  const dueCodes = wantedDueCodes(query.due)
  const passesBase = buildBaseTest(query, ctx, index)
  const counts = createCounts(index)
  const matched: number[] = []

  for (let i = 0; i < index.read.length; i += 1) {
    if (passesBase !== null && !passesBase(i)) continue
    const status = index.status[i] ?? 0
    const code =
      bucketOfDay(index.due[i] ?? NO_DUE, window) * 2 + (closedStatusSlots[status] ? 1 : 0)
    let failed: Facet = Facet.Owner
    let failures = 0
    if (owners !== null && !owners[index.owner[i] ?? 0]) {
      failed = Facet.Owner
      failures += 1
    }
    if (accounts !== null || noAccount) {
      const slots = index.accounts[i] ?? []
      const keeps = slots.length === 0 ? noAccount : slots.some((slot) => accounts?.[slot] === 1)
      if (!keeps) {
        failed = Facet.Account
        failures += 1
      }
    }
    if (statuses !== null && !statuses[status]) {
      failed = Facet.Status
      failures += 1
    }
    if (priorities !== null && !priorities[index.priority[i] ?? 0]) {
      failed = Facet.Priority
      failures += 1
    }
    if (dueCodes !== null && !dueCodes[code]) {
      failed = Facet.Due
      failures += 1
    }
    if (failures === 0) {
      matched.push(i)
      for (const facet of everyFacet) countFacet(counts, facet, index, i, code)
    } else if (failures === 1) {
      // Fails only this facet's own filter: it counts towards that facet's other options.
      countFacet(counts, failed, index, i, code)
    }
  }

  return { matched, facets: toFacets(toCounter(counts, index), query) }
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
  const index = indexItems(items)
  const { matched, facets } = filterAndCount(index, query, ctx)
  const start = (page - 1) * pageSize
  const sort = query.sort ?? 'due'

  return {
    items: sortIndexedRange(index, matched, sort, ctx, start, start + pageSize),
    total: matched.length,
    page,
    pageSize,
    facets,
  }
}
