import {
  dueBucketValues,
  priorityValues,
  statusValues,
  type ActionItem,
  type ActionItemList,
  type DueBucket,
} from '@/contract/action-items'

export type Facets = ActionItemList['facets']
export type FacetName = keyof Facets
export type FacetCounter = Record<FacetName, Map<string, number>>

export const facetNames: FacetName[] = ['owner', 'account', 'status', 'priority', 'due']

export function createFacetCounter(): FacetCounter {
  return {
    owner: new Map(),
    account: new Map(),
    status: new Map(),
    priority: new Map(),
    due: new Map(),
  }
}

function bump(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

/** Counts one item under every option of `facet` it carries. */
export function countItem(
  counter: FacetCounter,
  facet: FacetName,
  item: ActionItem,
  buckets: readonly DueBucket[],
) {
  const counts = counter[facet]
  if (facet === 'owner') bump(counts, item.ownerId ?? 'unassigned')
  else if (facet === 'status') bump(counts, item.status)
  else if (facet === 'priority') bump(counts, item.priority)
  else if (facet === 'due') for (const bucket of buckets) bump(counts, bucket)
  else if (item.accountIds.length === 0) bump(counts, 'none')
  else for (const id of item.accountIds) bump(counts, id)
}

export function countItemInAll(
  counter: FacetCounter,
  item: ActionItem,
  buckets: readonly DueBucket[],
) {
  bump(counter.owner, item.ownerId ?? 'unassigned')
  bump(counter.status, item.status)
  bump(counter.priority, item.priority)
  for (const bucket of buckets) bump(counter.due, bucket)
  if (item.accountIds.length === 0) bump(counter.account, 'none')
  else for (const id of item.accountIds) bump(counter.account, id)
}

function toCounts(counts: Map<string, number>, options: readonly string[]) {
  const result: Record<string, number> = {}
  for (const option of options) result[option] = 0
  for (const [option, count] of counts) result[option] = count
  return result
}

/**
 * The counts as the API sends them. Every status, priority and due option is listed, and
 * selected options show up with 0 rather than vanishing from the list.
 */
export function toFacets(
  counter: FacetCounter,
  selected: Partial<Record<FacetName, string[]>>,
): Facets {
  const optionsOf = (facet: FacetName, known: readonly string[] = []) => [
    ...known,
    ...(selected[facet] ?? []),
  ]
  return {
    owner: toCounts(counter.owner, optionsOf('owner')),
    account: toCounts(counter.account, optionsOf('account')),
    status: toCounts(counter.status, optionsOf('status', statusValues)),
    priority: toCounts(counter.priority, optionsOf('priority', priorityValues)),
    due: toCounts(counter.due, optionsOf('due', dueBucketValues)),
  }
}
