import { useMutation, useQueryClient } from '@tanstack/react-query'
import { actionItemSchema, type ActionItemCreate } from '@/contract'
import { apiRequest } from '@/lib/api-client'

export function createActionItem(input: ActionItemCreate) {
  return apiRequest('/action-items', actionItemSchema, {
    method: 'POST',
    body: JSON.stringify(input),
  })
}

/** Not optimistic: where a new item lands depends on the server's filters, sort and paging. */
export function useCreateActionItem() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: createActionItem,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['action-items'] })
      void client.invalidateQueries({ queryKey: ['accounts'] })
    },
  })
}
