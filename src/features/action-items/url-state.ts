import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { toSearch } from '@/lib/search-params'
import { defaultView, listKeys, readView, type ActionItemsView, type KnownIds } from './read-view'

export { defaultView, listKeys, namesPeopleOrAccounts, noKnownIds, readView } from './read-view'
export type { ActionItemsView, IgnoredParam, KnownIds, ListKey } from './read-view'

/** The URL for a view; defaults are left out so links stay short. */
export function writeView(view: ActionItemsView): URLSearchParams {
  return new URLSearchParams(
    toSearch({
      owner: view.owner,
      account: view.account,
      status: view.status,
      priority: view.priority,
      due: view.due,
      dueFrom: view.dueFrom,
      dueTo: view.dueTo,
      tag: view.tag,
      q: view.q,
      sort: view.sort === defaultView.sort ? undefined : view.sort,
      page: view.page === 1 ? undefined : view.page,
      pageSize: view.pageSize === defaultView.pageSize ? undefined : view.pageSize,
    }),
  )
}

/** The query string the server reads: the view, plus the viewer's calendar date and week. */
export function toServerSearch(
  view: ActionItemsView,
  viewer: { today: string; weekStart: 'mon' | 'sun' },
  overrides: { page?: number; pageSize?: number } = {},
): string {
  const params = writeView({ ...view, ...overrides })
  params.set('today', viewer.today)
  params.set('weekStart', viewer.weekStart)
  if (overrides.page !== undefined) params.set('page', String(overrides.page))
  if (overrides.pageSize !== undefined) params.set('pageSize', String(overrides.pageSize))
  return `?${params.toString()}`
}

export function countActiveFilters(view: ActionItemsView): number {
  const lists = listKeys.reduce((sum, key) => sum + view[key].length, 0)
  const range = view.dueFrom || view.dueTo ? 1 : 0
  return lists + range + (view.tag ? 1 : 0) + (view.q ? 1 : 0)
}

/**
 * The view in the URL, with setters that write it back. Changing a filter goes to page 1.
 * An owner or account not among the `known` ones is left out of the view and reported.
 */
export function useActionItemsView(known: KnownIds) {
  const [params, setParams] = useSearchParams()
  const { view, ignored } = useMemo(() => readView(params, known), [params, known])

  const update = useCallback(
    (patch: Partial<ActionItemsView>, options: { replace?: boolean } = {}) => {
      setParams(writeView({ ...view, page: 1, ...patch }), options)
    },
    [view, setParams],
  )

  const clearFilters = useCallback(() => {
    setParams(writeView({ ...defaultView, sort: view.sort, pageSize: view.pageSize }))
  }, [view, setParams])

  const dismissIgnored = useCallback(() => {
    setParams(writeView(view), { replace: true })
  }, [view, setParams])

  return { view, ignored, update, clearFilters, dismissIgnored }
}
