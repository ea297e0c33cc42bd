import { queryOptions, useQuery } from '@tanstack/react-query'
import { peopleResponseSchema } from '@/contract'
import { apiRequest } from '@/lib/api-client'
import { revealBidiInData } from '@/lib/reveal-bidi'

export function getPeople(signal?: AbortSignal) {
  return apiRequest('/people', peopleResponseSchema, { signal }).then(revealBidiInData)
}

export const peopleQueryOptions = queryOptions({
  queryKey: ['people'],
  queryFn: ({ signal }) => getPeople(signal),
  staleTime: 5 * 60_000,
})

export function usePeople() {
  return useQuery(peopleQueryOptions)
}
