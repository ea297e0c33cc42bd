import type { ActionItem, ActionItemSort } from '@/contract/action-items'
import { indexItems, INVALID_DUE, NO_DUE, prioritySlotRanks, type ItemIndex } from './item-index'
import { selectSortedRange } from './select-range'

export type SortNames = { ownerName(id: string): string; accountName(id: string): string }

// Keys are plain numbers so that the sort compares numbers, not strings or dates.
const invalidDueKey = 1e8
const noDueKey = 2e8
const band = 1e9

function dueKeyOf(day: number, descending: boolean): number {
  if (day === NO_DUE) return noDueKey
  if (day === INVALID_DUE) return invalidDueKey
  return descending ? -day : day
}

/** Ranks names alphabetically (case- and accent-insensitive); no id ranks last. */
function rankNames(ids: Set<string>, nameOf: (id: string) => string): Map<string, number> {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  const named = [...ids].map((id) => ({ id, name: nameOf(id) }))
  named.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
  return new Map(named.map((entry, i) => [entry.id, i]))
}

/** Ranks by slot: each slot's id ranked by name among those in use; slots not in use last. */
function rankSlots(used: Set<number>, ids: readonly string[], nameOf: (id: string) => string) {
  const ranks = rankNames(new Set([...used].map((slot) => ids[slot] as string)), nameOf)
  return Int32Array.from(ids, (id) => ranks.get(id) ?? ranks.size)
}

function rankOwners(index: ItemIndex, positions: number[], names: SortNames) {
  const used = new Set<number>()
  for (const i of positions) if (index.owner[i] !== 0) used.add(index.owner[i] ?? 0)
  const ranks = rankSlots(used, index.ownerIds, names.ownerName)
  // Slot 0, no owner, ranks after every name.
  ranks[0] = used.size
  return (i: number) => ranks[index.owner[i] ?? 0] ?? used.size
}

function rankAccounts(index: ItemIndex, positions: number[], names: SortNames) {
  const used = new Set<number>()
  for (const i of positions) for (const slot of index.accounts[i] ?? []) used.add(slot)
  const ranks = rankSlots(used, index.accountIds, names.accountName)
  return (i: number) => {
    let best = used.size
    for (const slot of index.accounts[i] ?? []) best = Math.min(best, ranks[slot] ?? best)
    return best
  }
}

function groupRankerFor(
  index: ItemIndex,
  positions: number[],
  sort: ActionItemSort,
  names: SortNames,
) {
  const priority = (i: number) => prioritySlotRanks[index.priority[i] ?? 0] ?? 0
  if (sort === 'priority') return priority
  if (sort === '-priority') return (i: number) => 5 - priority(i)
  if (sort === 'owner') return rankOwners(index, positions, names)
  if (sort === 'account') return rankAccounts(index, positions, names)
  return () => 0
}

/**
 * The items at `positions` of the index that a full sort would put at [start, end). Due:
 * dated items first (ascending, or descending for '-due'), then invalid dates, then no date.
 * Priority follows Obsidian Tasks, then due date. Owner and account sort by name, then due
 * date. Ties always fall back to the id, so the order is stable.
 */
export function sortIndexedRange(
  index: ItemIndex,
  positions: number[],
  sort: ActionItemSort,
  names: SortNames,
  start: number,
  end: number,
): ActionItem[] {
  const rankGroup = groupRankerFor(index, positions, sort, names)
  const keys = new Float64Array(positions.length)
  const ids: string[] = new Array<string>(positions.length)
  positions.forEach((i, k) => {
    keys[k] = rankGroup(i) * band + dueKeyOf(index.due[i] ?? NO_DUE, sort === '-due')
    ids[k] = (index.read[i] as ActionItem).id
  })
  const compare = (a: number, b: number) => {
    const byKey = (keys[a] ?? 0) - (keys[b] ?? 0)
    if (byKey !== 0) return byKey
    const idA = ids[a] ?? ''
    const idB = ids[b] ?? ''
    return idA < idB ? -1 : idA > idB ? 1 : 0
  }
  const order = positions.map((_, k) => k)
  return selectSortedRange(order, start, end, compare).map(
    (k) => index.read[positions[k] ?? 0] as ActionItem,
  )
}

/** `items` as a full sort would order them, from `start` to `end`; see sortIndexedRange. */
export function sortActionItemsRange(
  items: ActionItem[],
  sort: ActionItemSort,
  names: SortNames,
  start: number,
  end: number,
): ActionItem[] {
  const positions = items.map((_, i) => i)
  return sortIndexedRange(indexItems(items), positions, sort, names, start, end)
}

export function sortActionItems(
  items: ActionItem[],
  sort: ActionItemSort,
  names: SortNames,
): ActionItem[] {
  return sortActionItemsRange(items, sort, names, 0, items.length)
}
