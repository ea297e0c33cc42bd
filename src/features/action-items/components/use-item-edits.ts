import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { ActionItem, ActionItemList, ActionItemPatch } from '@/contract'
import { describeRefusal } from './describe-refusal'
import { useUpdateActionItem } from '../api/update-action-item'
import type { EditFailure, EditedItem } from './notices'
import { priorityLabels, statusLabels } from './labels'

/** Says what the user chose, in words, so a failed save can show it back. */
export function describeChange(patch: ActionItemPatch, ownerName: (id: string) => string): string {
  const parts: string[] = []
  if (patch.status) parts.push(`status ${statusLabels[patch.status]}`)
  if (patch.ownerId !== undefined) {
    parts.push(patch.ownerId ? `owner ${ownerName(patch.ownerId)}` : 'owner Unassigned')
  }
  if (patch.due !== undefined) parts.push(patch.due ? `due ${patch.due}` : 'no due date')
  if (patch.priority) parts.push(`priority ${priorityLabels[patch.priority]}`)
  if (patch.title !== undefined) parts.push(`title “${patch.title}”`)
  return parts.join(', ')
}

/** Saves inline edits. A refused one is rolled back by the mutation and listed here to retry. */
export function useItemEdits(ownerName: (id: string) => string) {
  const client = useQueryClient()
  const { mutateAsync } = useUpdateActionItem()
  const [failures, setFailures] = useState<EditFailure[]>([])

  const latestVersion = useCallback(
    (id: string, fallback: number) => {
      for (const [, list] of client.getQueriesData<ActionItemList>({
        queryKey: ['action-items', 'list'],
      })) {
        const found = list?.items.find((item) => item.id === id)
        if (found) return found.version
      }
      return fallback
    },
    [client],
  )

  const save = useCallback(
    async (item: EditedItem, patch: ActionItemPatch) => {
      const key = `${item.id}:${Object.keys(patch).sort().join(',')}`
      setFailures((list) => list.filter((f) => f.id !== key))
      try {
        await mutateAsync({ id: item.id, patch: { ...patch, version: item.version } })
      } catch (error) {
        const failure: EditFailure = {
          id: key,
          itemTitle: item.title,
          change: describeChange(patch, ownerName),
          message: describeRefusal(error, { due: patch.due }),
          item,
          patch,
        }
        setFailures((list) => [...list.filter((f) => f.id !== key), failure])
      }
    },
    [mutateAsync, ownerName],
  )

  const edit = useCallback(
    (item: ActionItem, patch: ActionItemPatch) => void save(item, patch),
    [save],
  )
  const retry = useCallback(
    ({ item, patch }: EditFailure) =>
      void save({ ...item, version: latestVersion(item.id, item.version) }, patch),
    [save, latestVersion],
  )
  const dismiss = useCallback(
    (id: string) => setFailures((list) => list.filter((f) => f.id !== id)),
    [],
  )
  return { edit, failures, retry, dismiss }
}
