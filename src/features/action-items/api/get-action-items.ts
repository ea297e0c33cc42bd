import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { actionItemListSchema } from '@/contract'
import { apiRequest } from '@/lib/api-client'

/** The query is passed as the URL search string the server reads, e.g. `?owner=x&due=overdue`. */
export function getActionItems(search: string, signal?: AbortSignal) {
  return apiRequest(`/action-items${search}`, actionItemListSchema, { signal })
}

export function actionItemsQueryOptions(search: string) {
  return queryOptions({
    queryKey: ['action-items', 'list', search],
    queryFn: ({ signal }) => getActionItems(search, signal),
    placeholderData: keepPreviousData,
  })
}

export function useActionItems(search: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...actionItemsQueryOptions(search), enabled: options.enabled })
}
