import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  actionItemBulkResultSchema,
  type ActionItemBulkPatch,
  type ActionItemList,
} from '@/contract'
import { apiRequest } from '@/lib/api-client'

export function bulkUpdateActionItems(input: ActionItemBulkPatch) {
  return apiRequest('/action-items', actionItemBulkResultSchema, {
    method: 'PATCH',
    body: JSON.stringify(input),
  })
}

type Snapshot = Array<[readonly unknown[], ActionItemList | undefined]>

/** Optimistic like a single edit: the selected rows change at once and revert on failure. */
export function useBulkUpdateActionItems() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: bulkUpdateActionItems,
    onMutate: async ({ ids, patch }) => {
      await client.cancelQueries({ queryKey: ['action-items'] })
      const snapshot: Snapshot = client.getQueriesData<ActionItemList>({
        queryKey: ['action-items', 'list'],
      })
      const selected = new Set(ids)
      client.setQueriesData<ActionItemList>({ queryKey: ['action-items', 'list'] }, (list) =>
        list
          ? {
              ...list,
              items: list.items.map((item) =>
                selected.has(item.id) ? { ...item, ...patch } : item,
              ),
            }
          : list,
      )
      return { snapshot }
    },
    onError: (_error, _input, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data)
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['action-items'] })
      void client.invalidateQueries({ queryKey: ['accounts'] })
    },
  })
}
