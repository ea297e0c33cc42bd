import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { actionItemQuerySchema, type ActionItemQuery, type ActionItemSort } from '@/contract'
import { toSearch } from '@/lib/search-params'

type Query = ActionItemQuery
type ListOf<K extends keyof Query> = NonNullable<Query[K]>

export const listKeys = ['owner', 'account', 'status', 'priority', 'due'] as const
export type ListKey = (typeof listKeys)[number]

/** Everything the action-items page shows, as read from (and written to) the URL. */
export interface ActionItemsView {
  owner: ListOf<'owner'>
  account: ListOf<'account'>
  status: ListOf<'status'>
  priority: ListOf<'priority'>
  due: ListOf<'due'>
  dueFrom: string | undefined
  dueTo: string | undefined
  tag: string | undefined
  q: string | undefined
  sort: ActionItemSort
  page: number
  pageSize: number
}

export interface IgnoredParam {
  key: string
  value: string
  reason: string
  /** What is shown in its place, when that is not the default. */
  instead?: string
}

export const defaultView: ActionItemsView = {
  owner: [],
  account: [],
  status: [],
  priority: [],
  due: [],
  dueFrom: undefined,
  dueTo: undefined,
  tag: undefined,
  q: undefined,
  sort: 'due',
  page: 1,
  pageSize: 50,
}

const scalarKeys = ['dueFrom', 'dueTo', 'tag', 'q', 'sort', 'page', 'pageSize'] as const
type ScalarKey = (typeof scalarKeys)[number]
const shape = actionItemQuerySchema.shape

function isKey<T extends string>(keys: readonly T[], key: string): key is T {
  return (keys as readonly string[]).includes(key)
}

function firstIssue(error: { issues: Array<{ message: string; values?: unknown }> }): string {
  const issue = error.issues[0]
  if (!issue) return 'not an allowed value'
  if (Array.isArray(issue.values)) return `expected one of ${issue.values.join(', ')}`
  return issue.message
}

function readList(view: ActionItemsView, key: ListKey, raw: string, ignored: IgnoredParam[]) {
  // `due=overdue&due=today` means both, as `due=overdue,today` does.
  const kept: string[] = [...(view[key] as string[])]
  for (const value of raw.split(',').filter(Boolean)) {
    const parsed = shape[key].safeParse(value)
    if (parsed.success) {
      if (!kept.includes(value)) kept.push(value)
    } else ignored.push({ key, value, reason: firstIssue(parsed.error) })
  }
  Object.assign(view, { [key]: kept })
}

function readScalar(view: ActionItemsView, key: ScalarKey, raw: string, ignored: IgnoredParam[]) {
  const parsed = shape[key].safeParse(raw)
  if (!parsed.success) {
    ignored.push({ key, value: raw, reason: firstIssue(parsed.error) })
  } else if (raw.trim() !== '') {
    Object.assign(view, { [key]: parsed.data })
  }
}

/** Reads the view from the URL. A bad value falls back to its default and is reported. */
export function readView(params: URLSearchParams): {
  view: ActionItemsView
  ignored: IgnoredParam[]
} {
  const view: ActionItemsView = { ...defaultView }
  const ignored: IgnoredParam[] = []

  params.forEach((raw, key) => {
    if (isKey(listKeys, key)) readList(view, key, raw, ignored)
    else if (isKey(scalarKeys, key)) readScalar(view, key, raw, ignored)
    else ignored.push({ key, value: raw, reason: 'not a filter this page knows' })
  })

  if (view.dueFrom && view.dueTo && view.dueFrom > view.dueTo) {
    ignored.push({ key: 'dueTo', value: view.dueTo, reason: 'it is before the "from" date' })
    view.dueTo = undefined
  }
  return { view, ignored }
}

/** The URL for a view; defaults are left out so links stay short. */
export function writeView(view: ActionItemsView): URLSearchParams {
  return new URLSearchParams(
    toSearch({
      owner: view.owner,
      account: view.account,
      status: view.status,
      priority: view.priority,
      due: view.due,
      dueFrom: view.dueFrom,
      dueTo: view.dueTo,
      tag: view.tag,
      q: view.q,
      sort: view.sort === defaultView.sort ? undefined : view.sort,
      page: view.page === 1 ? undefined : view.page,
      pageSize: view.pageSize === defaultView.pageSize ? undefined : view.pageSize,
    }),
  )
}

/** The query string the server reads: the view, plus the viewer's calendar date and week. */
export function toServerSearch(
  view: ActionItemsView,
  viewer: { today: string; weekStart: 'mon' | 'sun' },
  overrides: { page?: number; pageSize?: number } = {},
): string {
  const params = writeView({ ...view, ...overrides })
  params.set('today', viewer.today)
  params.set('weekStart', viewer.weekStart)
  if (overrides.page !== undefined) params.set('page', String(overrides.page))
  if (overrides.pageSize !== undefined) params.set('pageSize', String(overrides.pageSize))
  return `?${params.toString()}`
}

export function countActiveFilters(view: ActionItemsView): number {
  const lists = listKeys.reduce((sum, key) => sum + view[key].length, 0)
  const range = view.dueFrom || view.dueTo ? 1 : 0
  return lists + range + (view.tag ? 1 : 0) + (view.q ? 1 : 0)
}

/** The view in the URL, with setters that write it back. Changing a filter goes to page 1. */
export function useActionItemsView() {
  const [params, setParams] = useSearchParams()
  const { view, ignored } = useMemo(() => readView(params), [params])

  const update = useCallback(
    (patch: Partial<ActionItemsView>, options: { replace?: boolean } = {}) => {
      setParams(writeView({ ...view, page: 1, ...patch }), options)
    },
    [view, setParams],
  )

  const clearFilters = useCallback(() => {
    setParams(writeView({ ...defaultView, sort: view.sort, pageSize: view.pageSize }))
  }, [view, setParams])

  const dismissIgnored = useCallback(() => {
    setParams(writeView(view), { replace: true })
  }, [view, setParams])

  return { view, ignored, update, clearFilters, dismissIgnored }
}
