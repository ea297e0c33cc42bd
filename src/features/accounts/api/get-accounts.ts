import { queryOptions, useQuery } from '@tanstack/react-query'
import { accountListSchema } from '@/contract'
import { apiRequest } from '@/lib/api-client'
import { revealBidiInData } from '@/lib/reveal-bidi'
import { toSearch } from '@/lib/search-params'

export function getAccounts(today: string, signal?: AbortSignal) {
  return apiRequest(`/accounts${toSearch({ today })}`, accountListSchema, { signal }).then(
    revealBidiInData,
  )
}

export function accountsQueryOptions(today: string) {
  return queryOptions({
    queryKey: ['accounts', 'list', { today }],
    queryFn: ({ signal }) => getAccounts(today, signal),
  })
}

export function useAccounts(today: string) {
  return useQuery(accountsQueryOptions(today))
}
