import {
  dueBucketValues,
  priorityValues,
  statusValues,
  type ActionItemList,
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
