import { http, HttpResponse } from 'msw'
import {
  actionItemPatchSchema,
  actionItemQuerySchema,
  type ActionItem,
  type ActionItemPatch,
} from '@/contract'
import { todayInZone } from '@/domain/action-items/calendar-date'
import { queryActionItems } from '@/domain/action-items/query'
import { statusSymbolFor } from '@/domain/action-items/status-symbol'
import type { Store } from '../store/store'
import { apiPath, badRequest, errorResponse, searchParamsObject } from './respond'

function checkReferences(store: Store, patch: ActionItemPatch): string | null {
  const { people, accounts } = store.seed
  if (patch.ownerId && !people.some((p) => p.id === patch.ownerId)) {
    return `ownerId: no person with id "${patch.ownerId}"`
  }
  const unknown = patch.accountIds?.find((id) => !accounts.some((a) => a.id === id))
  return unknown ? `accountIds: no account with id "${unknown}"` : null
}

export function actionItemHandlers(store: Store) {
  const nameOf = (id: string, list: Array<{ id: string; name: string }>) =>
    list.find((entry) => entry.id === id)?.name ?? id

  return [
    http.get(apiPath('/action-items'), ({ request }) => {
      const query = actionItemQuerySchema.safeParse(searchParamsObject(new URL(request.url)))
      if (!query.success) return badRequest(query.error, 'query')
      const today = query.data.today ?? todayInZone('UTC')
      return HttpResponse.json(
        queryActionItems(store.actionItems, query.data, {
          today,
          ownerName: (id) => nameOf(id, store.seed.people),
          accountName: (id) => nameOf(id, store.seed.accounts),
        }),
      )
    }),

    http.get(apiPath('/action-items/:id'), ({ params }) => {
      const item = store.actionItems.find((i) => i.id === params.id)
      if (!item) return errorResponse(404, `No action item with id "${String(params.id)}".`)
      return HttpResponse.json(item)
    }),

    http.patch(apiPath('/action-items/:id'), async ({ params, request }) => {
      const index = store.actionItems.findIndex((i) => i.id === params.id)
      const current = store.actionItems[index]
      if (!current) return errorResponse(404, `No action item with id "${String(params.id)}".`)
      let json: unknown
      try {
        json = await request.json()
      } catch {
        return errorResponse(400, 'The request body is not valid JSON.')
      }
      const patch = actionItemPatchSchema.safeParse(json)
      if (!patch.success) return badRequest(patch.error, 'change')
      const problem = checkReferences(store, patch.data)
      if (problem) return errorResponse(422, `Invalid change: ${problem}`)
      const { version, ...changes } = patch.data
      if (version !== undefined && version !== current.version) {
        return errorResponse(
          409,
          `This item was changed elsewhere (version ${current.version}, yours ${version}). ` +
            'Reload it and apply your change again.',
        )
      }
      const statusChanged = changes.status !== undefined && changes.status !== current.status
      const updated: ActionItem = {
        ...current,
        ...changes,
        ...(statusChanged && changes.status
          ? { statusSymbol: statusSymbolFor(changes.status) }
          : {}),
        version: current.version + 1,
        updatedAt: new Date().toISOString(),
      }
      store.actionItems[index] = updated
      store.save()
      return HttpResponse.json(updated)
    }),
  ]
}
