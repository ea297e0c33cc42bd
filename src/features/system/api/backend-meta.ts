import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { backendMetaSchema } from '@/contract'
import { apiRequest } from '@/lib/api-client'

export function useBackendMeta() {
  return useQuery({
    queryKey: ['meta'],
    queryFn: ({ signal }) => apiRequest('/meta', backendMetaSchema, { signal }),
  })
}

/** Drops every saved change and goes back to what the note says. */
export function useResetBackend() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => apiRequest('/admin/reset', backendMetaSchema, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries(),
  })
}
