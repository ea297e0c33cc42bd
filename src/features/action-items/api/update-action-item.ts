import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import {
  actionItemSchema,
  type ActionItem,
  type ActionItemList,
  type ActionItemPatch,
} from '@/contract'
import { apiRequest } from '@/lib/api-client'
import { createSaveQueue } from './save-queue'

export function updateActionItem(id: string, patch: ActionItemPatch) {
  return apiRequest(`/action-items/${encodeURIComponent(id)}`, actionItemSchema, {
    method: 'PATCH',
    body: JSON.stringify(patch),
  })
}

type Snapshot = Array<[readonly unknown[], ActionItemList | undefined]>
type ItemEdit = { id: string; patch: ActionItemPatch }

/**
 * Optimistic: every cached list shows the change at once and gets it back on failure. Edits
 * of one item go to the server in turn; views are refreshed once the last one is answered.
 */
export function useUpdateActionItem() {
  const client = useQueryClient()
  const [queue] = useState(createSaveQueue)
  const lists = { queryKey: ['action-items', 'list'] }

  return useMutation({
    mutationFn: (edit: ItemEdit) =>
      queue.send(edit, (version) => updateActionItem(edit.id, { ...edit.patch, version })),
    onMutate: async (edit) => {
      queue.reserve(edit)
      await client.cancelQueries({ queryKey: ['action-items'] })
      const snapshot: Snapshot = client.getQueriesData<ActionItemList>(lists)
      const { version: _version, ...changes } = edit.patch
      client.setQueriesData<ActionItemList>(lists, (list) =>
        list
          ? {
              ...list,
              items: list.items.map((item): ActionItem =>
                item.id === edit.id ? { ...item, ...changes } : item,
              ),
            }
          : list,
      )
      return { snapshot }
    },
    onSuccess: (saved) => {
      // An answer to an earlier edit would put back what a later one still waiting changed.
      if (queue.isBusy(saved.id)) return
      // The next edit of this item must carry the new version, before any refetch lands.
      client.setQueriesData<ActionItemList>(lists, (list) =>
        list ? { ...list, items: list.items.map((i) => (i.id === saved.id ? saved : i)) } : list,
      )
    },
    onError: (_error, _edit, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data)
    },
    onSettled: (_saved, _error, edit) => {
      if (queue.isBusy(edit.id)) return
      void client.invalidateQueries({ queryKey: ['action-items'] })
      void client.invalidateQueries({ queryKey: ['accounts', 'list'] })
    },
  })
}
