import { queryOptions, useQuery } from '@tanstack/react-query'
import { shiftsResponseSchema } from '@/contract'
import { apiRequest } from '@/lib/api-client'
import { revealBidiInData } from '@/lib/reveal-bidi'
import { toSearch } from '@/lib/search-params'

export interface ShiftRange {
  from: string
  to: string
  layer?: string
  team?: string
  person?: string
}

export function getShifts(accountId: string, range: ShiftRange, signal?: AbortSignal) {
  const path = `/accounts/${encodeURIComponent(accountId)}/shifts${toSearch({ ...range })}`
  return apiRequest(path, shiftsResponseSchema, { signal }).then(revealBidiInData)
}

export function shiftsQueryOptions(accountId: string, range: ShiftRange) {
  return queryOptions({
    queryKey: ['accounts', 'shifts', accountId, range],
    queryFn: ({ signal }) => getShifts(accountId, range, signal),
  })
}

export function useShifts(accountId: string, range: ShiftRange) {
  return useQuery(shiftsQueryOptions(accountId, range))
}
