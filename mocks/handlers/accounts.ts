import { http, HttpResponse } from 'msw'
import { z } from 'zod'
import { lazySchema } from '@/contract/lazy-schema'
import {
  existingDateSchema,
  instantSchema,
  isSupportedInstant,
  SUPPORTED_YEARS,
  type Account,
  type AccountDetail,
  type AccountList,
  type ActionItem,
  type Shift,
  type ShiftsResponse,
} from '@/contract'
import { dueBucketOf } from '@/domain/action-items/due-bucket'
import { todayInZone } from '@/domain/action-items/calendar-date'
import { coverageOverHorizon, coverageStatusAt, expandRotaWithCancellations } from '@/domain/rota'
import type { Store } from '../store/store'
import { apiPath, errorResponse, parseQuery } from './respond'

const HORIZON_WEEKS = 8
const MAX_RANGE_DAYS = 366
const DAY_MS = 86_400_000

const summaryQuerySchema = lazySchema(() =>
  z.object({ today: existingDateSchema.optional(), now: instantSchema.optional() }).strict(),
)

const { first, last } = SUPPORTED_YEARS

const shiftsQuerySchema = lazySchema(() =>
  z
    .object({
      from: instantSchema,
      to: instantSchema,
      layer: z.string().optional(),
      team: z.string().optional(),
      person: z.string().optional(),
    })
    .strict()
    .refine((q) => isSupportedInstant(q.from) && isSupportedInstant(q.to), {
      message: `the range must lie in the years ${first} to ${last}`,
      path: ['from'],
    })
    .refine((q) => q.from < q.to, { message: 'from must be before to', path: ['from'] })
    .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_RANGE_DAYS * DAY_MS, {
      message: `the range may span at most ${MAX_RANGE_DAYS} days`,
      path: ['to'],
    }),
)

function isOpen(item: ActionItem): boolean {
  return item.status !== 'done' && item.status !== 'cancelled'
}

function itemCounts(items: ActionItem[], accountId: string, today: string) {
  const open = items.filter((item) => isOpen(item) && item.accountIds.includes(accountId))
  const overdue = open.filter((item) => dueBucketOf(item.due, today, 'mon') === 'overdue')
  return { openItems: open.length, overdueItems: overdue.length }
}

function coverageOf(account: Account, now: string) {
  return coverageStatusAt(account.rota, account.slas, now, HORIZON_WEEKS)
}

export function accountHandlers(store: Store) {
  const find = (id: string) => store.seed.accounts.find((a) => a.id === id)

  return [
    http.get(apiPath('/accounts'), ({ request }) => {
      const query = parseQuery(request, summaryQuerySchema)
      if (!query.ok) return query.response
      const now = query.data.now ?? new Date().toISOString()
      const today = query.data.today ?? todayInZone('UTC', new Date(now))
      const body: AccountList = {
        accounts: store.seed.accounts.map((account) => ({
          id: account.id,
          name: account.name,
          rank: account.rank,
          rankLabel: account.rankLabel,
          rankProvenance: account.rankProvenance,
          summary: account.summary,
          sev1Response:
            account.slas.find((s) => s.severity === 'Sev1' && s.metric === 'response') ?? null,
          ...itemCounts(store.actionItems, account.id, today),
          coverage: coverageOf(account, now),
        })),
      }
      return HttpResponse.json(body)
    }),

    http.get(apiPath('/accounts/:id'), ({ params, request }) => {
      const account = find(String(params.id))
      if (!account) return errorResponse(404, `No account with id "${String(params.id)}".`)
      const query = parseQuery(request, summaryQuerySchema)
      if (!query.ok) return query.response
      const now = query.data.now ?? new Date().toISOString()
      const { status, gaps } = coverageOverHorizon(account.rota, account.slas, now, HORIZON_WEEKS)
      const body: AccountDetail = { account, coverage: status, gaps }
      return HttpResponse.json(body)
    }),

    http.get(apiPath('/accounts/:id/shifts'), ({ params, request }) => {
      const account = find(String(params.id))
      if (!account) return errorResponse(404, `No account with id "${String(params.id)}".`)
      const query = parseQuery(request, shiftsQuerySchema)
      if (!query.ok) return query.response
      const { from, to, layer, team, person } = query.data
      const keep = (s: Shift) =>
        (!layer || s.layerId === layer) &&
        (!team || s.teamId === team) &&
        (!person || s.assigneeId === person)
      const expanded = expandRotaWithCancellations(account.rota, { from, to })
      const body: ShiftsResponse = {
        accountId: account.id,
        from,
        to,
        shifts: expanded.shifts.filter(keep),
        cancelled: expanded.cancelled.filter(keep),
      }
      return HttpResponse.json(body)
    }),
  ]
}
