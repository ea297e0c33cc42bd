import type { ActionItem, ActionItemSort } from '@/contract/action-items'
import { dayNumberOf } from './calendar-date'
import { rankPriority } from './priority'
import { selectSortedRange } from './select-range'

export type SortNames = { ownerName(id: string): string; accountName(id: string): string }

// Keys are plain numbers so that the sort compares numbers, not strings or dates.
const invalidDueKey = 1e8
const noDueKey = 2e8
const band = 1e9

function dueKeyOf(due: string | null, descending: boolean): number {
  if (due === null) return noDueKey
  const value = dayNumberOf(due)
  if (value === null) return invalidDueKey
  return descending ? -value : value
}

/** Ranks names alphabetically (case- and accent-insensitive); no id ranks last. */
function rankNames(ids: Set<string>, nameOf: (id: string) => string): Map<string, number> {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  const named = [...ids].map((id) => ({ id, name: nameOf(id) }))
  named.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
  return new Map(named.map((entry, i) => [entry.id, i]))
}

function rankOwners(items: ActionItem[], names: SortNames) {
  const ids = new Set<string>()
  for (const item of items) if (item.ownerId !== null) ids.add(item.ownerId)
  const ranks = rankNames(ids, names.ownerName)
  return (item: ActionItem) =>
    item.ownerId === null ? ranks.size : (ranks.get(item.ownerId) ?? ranks.size)
}

function rankAccounts(items: ActionItem[], names: SortNames) {
  const ids = new Set<string>()
  for (const item of items) for (const id of item.accountIds) ids.add(id)
  const ranks = rankNames(ids, names.accountName)
  return (item: ActionItem) => {
    let best = ranks.size
    for (const id of item.accountIds) best = Math.min(best, ranks.get(id) ?? best)
    return best
  }
}

function groupRankerFor(items: ActionItem[], sort: ActionItemSort, names: SortNames) {
  if (sort === 'priority') return (item: ActionItem) => rankPriority(item.priority)
  if (sort === '-priority') return (item: ActionItem) => 5 - rankPriority(item.priority)
  if (sort === 'owner') return rankOwners(items, names)
  if (sort === 'account') return rankAccounts(items, names)
  return () => 0
}

function compareByKeys(items: ActionItem[], sort: ActionItemSort, names: SortNames) {
  const rankGroup = groupRankerFor(items, sort, names)
  const keys = new Float64Array(items.length)
  const ids: string[] = new Array<string>(items.length)
  items.forEach((item, i) => {
    keys[i] = rankGroup(item) * band + dueKeyOf(item.due, sort === '-due')
    ids[i] = item.id
  })

  return (a: number, b: number) => {
    const byKey = (keys[a] ?? 0) - (keys[b] ?? 0)
    if (byKey !== 0) return byKey
    const idA = ids[a] ?? ''
    const idB = ids[b] ?? ''
    return idA < idB ? -1 : idA > idB ? 1 : 0
  }
}

/**
 * The items a full sort would put at [start, end). Due: dated items first (ascending, or
 * descending for '-due'), then invalid dates, then no date. Priority follows Obsidian
 * Tasks, then due date. Owner and account sort by name, then due date. Ties always fall
 * back to the id, so the order is stable.
 */
export function sortActionItemsRange(
  items: ActionItem[],
  sort: ActionItemSort,
  names: SortNames,
  start: number,
  end: number,
): ActionItem[] {
  const compare = compareByKeys(items, sort, names)
  const order = items.map((_, i) => i)
  return selectSortedRange(order, start, end, compare).map((i) => items[i] as ActionItem)
}

export function sortActionItems(
  items: ActionItem[],
  sort: ActionItemSort,
  names: SortNames,
): ActionItem[] {
  return sortActionItemsRange(items, sort, names, 0, items.length)
}
