import { queryOptions, useQuery } from '@tanstack/react-query'
import { accountDetailSchema } from '@/contract'
import { apiRequest } from '@/lib/api-client'
import { revealBidiInData } from '@/lib/reveal-bidi'

export function getAccount(id: string, signal?: AbortSignal) {
  const path = `/accounts/${encodeURIComponent(id)}`
  return apiRequest(path, accountDetailSchema, { signal }).then(revealBidiInData)
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
