import { http, HttpResponse } from 'msw'
import {
  actionItemBulkPatchSchema,
  actionItemCreateSchema,
  actionItemPatchSchema,
  actionItemQuerySchema,
  type ActionItem,
  type ActionItemPatch,
} from '@/contract'
import { todayInZone } from '@/domain/action-items/calendar-date'
import { queryActionItems } from '@/domain/action-items/query'
import { statusSymbolFor } from '@/domain/action-items/status-symbol'
import type { Store } from '../store/store'
import { apiPath, badRequest, errorResponse, readJsonBody, parseQuery } from './respond'

type Issue = { path: string; message: string }

function findUnknownReference(store: Store, patch: ActionItemPatch): Issue | null {
  const { people, accounts } = store.seed
  if (patch.ownerId && !people.some((p) => p.id === patch.ownerId)) {
    return { path: 'ownerId', message: `no person with id "${patch.ownerId}"` }
  }
  const index = patch.accountIds?.findIndex((id) => !accounts.some((a) => a.id === id)) ?? -1
  if (index === -1) return null
  return {
    path: `accountIds.${index}`,
    message: `no account with id "${patch.accountIds?.[index]}"`,
  }
}

/** A 422 naming the field of a change that refers to a person or account nobody knows. */
function refuseReferences(store: Store, patch: ActionItemPatch) {
  const issue = findUnknownReference(store, patch)
  if (!issue) return null
  return errorResponse(422, `Invalid change: ${issue.path.split('.')[0]}: ${issue.message}`, [
    issue,
  ])
}

function applyPatch(item: ActionItem, patch: ActionItemPatch, now: string): ActionItem {
  const { version: _version, ...changes } = patch
  const statusChanged = changes.status !== undefined && changes.status !== item.status
  return {
    ...item,
    ...changes,
    ...(statusChanged && changes.status ? { statusSymbol: statusSymbolFor(changes.status) } : {}),
    version: item.version + 1,
    updatedAt: now,
  }
}

function newItemId(store: Store): string {
  const taken = new Set(store.actionItems.map((item) => item.id))
  let n = store.actionItems.length + 1
  while (taken.has(`app.${n}`)) n += 1
  return `app.${n}`
}

export function actionItemHandlers(store: Store) {
  const nameOf = (id: string, list: Array<{ id: string; name: string }>) =>
    list.find((entry) => entry.id === id)?.name ?? id
  const notFound = (id: unknown) => errorResponse(404, `No action item with id "${String(id)}".`)

  return [
    http.get(apiPath('/action-items'), ({ request }) => {
      const query = parseQuery(request, actionItemQuerySchema)
      if (!query.ok) return query.response
      const today = query.data.today ?? todayInZone('UTC')
      return HttpResponse.json(
        queryActionItems(store.actionItems, query.data, {
          today,
          ownerName: (id) => nameOf(id, store.seed.people),
          accountName: (id) => nameOf(id, store.seed.accounts),
        }),
      )
    }),

    http.post(apiPath('/action-items'), async ({ request }) => {
      const body = await readJsonBody(request)
      if (!body.ok) return body.response
      const input = actionItemCreateSchema.safeParse(body.value)
      if (!input.success) return badRequest(input.error, 'new item')
      const issue = findUnknownReference(store, input.data)
      if (issue) {
        return errorResponse(422, `Invalid item: ${issue.path}: ${issue.message}`, [issue])
      }
      const { today, ...fields } = input.data
      const now = new Date().toISOString()
      const owner = store.seed.people.find((p) => p.id === fields.ownerId)
      const item: ActionItem = {
        ...fields,
        id: newItemId(store),
        statusSymbol: statusSymbolFor(fields.status),
        ownerLabel: owner ? `@${owner.name.replace(/\s+/g, '')}` : null,
        scheduled: null,
        start: null,
        created: today ?? todayInZone('UTC'),
        done: null,
        cancelled: null,
        recurrence: null,
        source: null,
        warnings: [],
        version: 1,
        updatedAt: now,
      }
      store.actionItems.push(item)
      store.save()
      return HttpResponse.json(item, { status: 201 })
    }),

    http.patch(apiPath('/action-items'), async ({ request }) => {
      const body = await readJsonBody(request)
      if (!body.ok) return body.response
      const input = actionItemBulkPatchSchema.safeParse(body.value)
      if (!input.success) return badRequest(input.error, 'bulk change')
      const refused = refuseReferences(store, input.data.patch)
      if (refused) return refused
      const missing = input.data.ids.find((id) => !store.actionItems.some((i) => i.id === id))
      if (missing) return notFound(missing)
      const ids = new Set(input.data.ids)
      const now = new Date().toISOString()
      store.actionItems = store.actionItems.map((item) =>
        ids.has(item.id) ? applyPatch(item, input.data.patch, now) : item,
      )
      store.save()
      return HttpResponse.json({ items: store.actionItems.filter((item) => ids.has(item.id)) })
    }),

    http.get(apiPath('/action-items/:id'), ({ params }) => {
      const item = store.actionItems.find((i) => i.id === params.id)
      return item ? HttpResponse.json(item) : notFound(params.id)
    }),

    http.patch(apiPath('/action-items/:id'), async ({ params, request }) => {
      const body = await readJsonBody(request)
      if (!body.ok) return body.response
      // Read the item only after the last await: a change that lands while this body is
      // still arriving must count, or the version check below compares with a stale copy.
      const index = store.actionItems.findIndex((i) => i.id === params.id)
      const current = store.actionItems[index]
      if (!current) return notFound(params.id)
      const patch = actionItemPatchSchema.safeParse(body.value)
      if (!patch.success) return badRequest(patch.error, 'change')
      const refused = refuseReferences(store, patch.data)
      if (refused) return refused
      const { version } = patch.data
      if (version !== undefined && version !== current.version) {
        return errorResponse(
          409,
          `This item was changed elsewhere (version ${current.version}, yours ${version}). ` +
            'Reload it and apply your change again.',
        )
      }
      const updated = applyPatch(current, patch.data, new Date().toISOString())
      store.actionItems[index] = updated
      store.save()
      return HttpResponse.json(updated)
    }),
  ]
}
