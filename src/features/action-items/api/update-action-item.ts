import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  actionItemSchema,
  type ActionItem,
  type ActionItemList,
  type ActionItemPatch,
} from '@/contract'
import { apiRequest } from '@/lib/api-client'

export function updateActionItem(id: string, patch: ActionItemPatch) {
  return apiRequest(`/action-items/${encodeURIComponent(id)}`, actionItemSchema, {
    method: 'PATCH',
    body: JSON.stringify(patch),
  })
}

type Snapshot = Array<[readonly unknown[], ActionItemList | undefined]>

/** Optimistic: every cached list shows the change at once and gets it back on failure. */
export function useUpdateActionItem() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ActionItemPatch }) =>
      updateActionItem(id, patch),
    onMutate: async ({ id, patch }) => {
      await client.cancelQueries({ queryKey: ['action-items'] })
      const snapshot: Snapshot = client.getQueriesData<ActionItemList>({
        queryKey: ['action-items', 'list'],
      })
      const { version: _version, ...changes } = patch
      client.setQueriesData<ActionItemList>({ queryKey: ['action-items', 'list'] }, (list) =>
        list
          ? {
              ...list,
              items: list.items.map((item): ActionItem =>
                item.id === id ? { ...item, ...changes } : item,
              ),
            }
          : list,
      )
      return { snapshot }
    },
    onError: (_error, _vars, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data)
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['action-items'] })
      void client.invalidateQueries({ queryKey: ['accounts', 'list'] })
    },
  })
}
