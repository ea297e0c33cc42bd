import { priorityValues, statusValues, type ActionItem } from '@/contract/action-items'
import { dayNumberOf } from './calendar-date'
import { isClosedStatus } from './due-bucket'
import { rankPriority } from './priority'
import { foldForSearch } from './search-text'

/** `due` of an item with no due date, and of one whose date does not exist. */
export const NO_DUE = 0
export const INVALID_DUE = -1

/**
 * What a query reads of each item, as numbers in arrays, kept from one query to the next: a
 * filter change at 50,000 items then compares numbers instead of parsing dates and hashing
 * ids. Items are values (an edit replaces the object), so a position is read again only
 * when the array holds another object there.
 */
export interface ItemIndex {
  /** The object each position was read from. */
  readonly read: ActionItem[]
  /** The due date as yyyymmdd, or NO_DUE or INVALID_DUE. */
  due: Int32Array
  /** The owner's slot in `ownerIds`; slot 0 is 'unassigned'. */
  owner: Int32Array
  /** Positions in statusValues and priorityValues. */
  status: Uint8Array
  priority: Uint8Array
  /** Each item's accounts, as slots in `accountIds`; empty for none. */
  accounts: Array<readonly number[]>
  /** Title and tags as the text search compares them (`foldForSearch`). */
  titles: string[]
  tags: Array<readonly string[]>
  readonly ownerIds: string[]
  readonly accountIds: string[]
  readonly ownerSlots: Map<string, number>
  readonly accountSlots: Map<string, number>
}

const statusSlot = new Map<string, number>(statusValues.map((value, i) => [value, i]))
const prioritySlot = new Map<string, number>(priorityValues.map((value, i) => [value, i]))

/** For each status slot, whether it is done or cancelled. */
export const closedStatusSlots = statusValues.map(isClosedStatus)
/** For each priority slot, its rank in the Obsidian Tasks order. */
export const prioritySlotRanks = priorityValues.map(rankPriority)

const indexes = new WeakMap<ActionItem[], ItemIndex>()

function slotOf(id: string, ids: string[], slots: Map<string, number>): number {
  let slot = slots.get(id)
  if (slot === undefined) {
    slot = ids.length
    ids.push(id)
    slots.set(id, slot)
  }
  return slot
}

function grown<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  if (array.length >= length) return array
  const next = new (array.constructor as new (n: number) => T)(Math.max(length, array.length * 2))
  next.set(array)
  return next
}

function emptyIndex(): ItemIndex {
  return {
    read: [],
    due: new Int32Array(0),
    owner: new Int32Array(0),
    status: new Uint8Array(0),
    priority: new Uint8Array(0),
    accounts: [],
    titles: [],
    tags: [],
    ownerIds: ['unassigned'],
    accountIds: [],
    ownerSlots: new Map([['unassigned', 0]]),
    accountSlots: new Map(),
  }
}

function readItem(index: ItemIndex, i: number, item: ActionItem) {
  index.read[i] = item
  index.due[i] = item.due === null ? NO_DUE : (dayNumberOf(item.due) ?? INVALID_DUE)
  index.owner[i] = slotOf(item.ownerId ?? 'unassigned', index.ownerIds, index.ownerSlots)
  index.status[i] = statusSlot.get(item.status) ?? 0
  index.priority[i] = prioritySlot.get(item.priority) ?? prioritySlot.get('none') ?? 0
  index.accounts[i] = item.accountIds.map((id) => slotOf(id, index.accountIds, index.accountSlots))
  index.titles[i] = foldForSearch(item.title)
  index.tags[i] = item.tags.map(foldForSearch)
}

/** The index of `items`, brought up to date with what the array holds now. */
export function indexItems(items: ActionItem[]): ItemIndex {
  let index = indexes.get(items)
  if (!index) {
    index = emptyIndex()
    indexes.set(items, index)
  }
  const n = items.length
  index.due = grown(index.due, n)
  index.owner = grown(index.owner, n)
  index.status = grown(index.status, n)
  index.priority = grown(index.priority, n)
  for (let i = 0; i < n; i += 1) {
    const item = items[i] as ActionItem
    if (index.read[i] !== item) readItem(index, i, item)
  }
  index.read.length = n
  index.accounts.length = n
  index.titles.length = n
  index.tags.length = n
  return index
}
