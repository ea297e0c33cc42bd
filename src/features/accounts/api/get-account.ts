import { queryOptions, useQuery } from '@tanstack/react-query'
import { accountDetailSchema } from '@/contract'
import { apiRequest } from '@/lib/api-client'

export function getAccount(id: string, signal?: AbortSignal) {
  return apiRequest(`/accounts/${encodeURIComponent(id)}`, accountDetailSchema, { signal })
}

export function accountQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['accounts', 'detail', id],
    queryFn: ({ signal }) => getAccount(id, signal),
  })
}

export function useAccount(id: string) {
  return useQuery(accountQueryOptions(id))
}
