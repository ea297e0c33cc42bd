import {
  actionItemQuerySchema,
  dueBucketValues,
  priorityValues,
  statusValues,
  type ActionItemQuery,
  type ActionItemSort,
} from '@/contract'
import { describeUrlIssue } from './url-issue-reason'

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

/**
 * The ids of the people and accounts that exist. Null while they load, or when they could
 * not be loaded: then an id cannot be told unknown, and the link is taken as it stands.
 */
export interface KnownIds {
  people: ReadonlySet<string> | null
  accounts: ReadonlySet<string> | null
}

export const noKnownIds: KnownIds = { people: null, accounts: null }

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

/** How the notice names each list, and why a value of it was left out. */
const lists: Record<ListKey, { noun: string; unknown: string }> = {
  owner: { noun: 'owners', unknown: 'no one has that id' },
  account: { noun: 'accounts', unknown: 'there is no account with that id' },
  status: { noun: 'statuses', unknown: `not a status (one of ${statusValues.join(', ')})` },
  priority: {
    noun: 'priorities',
    unknown: `not a priority (one of ${priorityValues.join(', ')})`,
  },
  due: { noun: 'due dates', unknown: `not a due choice (one of ${dueBucketValues.join(', ')})` },
}

/**
 * Tags never hold spaces or a second `#`, so such a value could only ever empty the list.
 * The leading `#` is optional, as the server matches with or without it.
 */
const tagPattern = /^#?[^\s#]+$/
export const tagRule = 'a tag is one word after #, with no spaces'

export function isTag(value: string): boolean {
  return tagPattern.test(value)
}

function isKey<T extends string>(keys: readonly T[], key: string): key is T {
  return (keys as readonly string[]).includes(key)
}

function isKnown(key: ListKey, value: string, known: KnownIds): boolean {
  if (key === 'owner') return value === 'unassigned' || !known.people || known.people.has(value)
  if (key === 'account') return value === 'none' || !known.accounts || known.accounts.has(value)
  return true
}

function readList(
  view: ActionItemsView,
  key: ListKey,
  raw: string,
  known: KnownIds,
  ignored: IgnoredParam[],
) {
  // `due=overdue&due=today` means both, as `due=overdue,today` does.
  const kept: string[] = [...(view[key] as string[])]
  for (const value of raw.split(',').filter(Boolean)) {
    if (shape[key].safeParse(value).success && isKnown(key, value, known)) {
      if (!kept.includes(value)) kept.push(value)
    } else ignored.push({ key, value, reason: lists[key].unknown })
  }
  Object.assign(view, { [key]: kept })
}

function readScalar(view: ActionItemsView, key: ScalarKey, raw: string, ignored: IgnoredParam[]) {
  const parsed = shape[key].safeParse(raw)
  if (!parsed.success) {
    ignored.push({ key, value: raw, reason: describeUrlIssue(key, parsed.error.issues) })
  } else if (key === 'tag' && raw.trim() !== '' && !isTag(raw)) {
    ignored.push({ key, value: raw, reason: tagRule })
  } else if (raw.trim() !== '') {
    Object.assign(view, { [key]: parsed.data })
  }
}

/** A list value left out leaves the list's other values, or, with none left, all of them. */
function describeInstead(view: ActionItemsView, entry: IgnoredParam): IgnoredParam {
  if (!isKey(listKeys, entry.key)) return entry
  const { noun } = lists[entry.key]
  const instead = view[entry.key].length > 0 ? `the other ${noun} chosen` : `all ${noun}`
  return { ...entry, instead }
}

/**
 * Reads the view from the URL. A bad value falls back to its default and is reported, and
 * so is an owner or account that is not among the `known` ones.
 */
export function readView(
  params: URLSearchParams,
  known: KnownIds = noKnownIds,
): { view: ActionItemsView; ignored: IgnoredParam[] } {
  const view: ActionItemsView = { ...defaultView }
  const ignored: IgnoredParam[] = []

  params.forEach((raw, key) => {
    if (isKey(listKeys, key)) readList(view, key, raw, known, ignored)
    else if (isKey(scalarKeys, key)) readScalar(view, key, raw, ignored)
    else ignored.push({ key, value: raw, reason: 'not a filter this page knows' })
  })

  if (view.dueFrom && view.dueTo && view.dueFrom > view.dueTo) {
    ignored.push({ key: 'dueTo', value: view.dueTo, reason: 'it is before the "from" date' })
    view.dueTo = undefined
  }
  return { view, ignored: ignored.map((entry) => describeInstead(view, entry)) }
}

/** Whether the view names a person or an account, which only the known ids can confirm. */
export function namesPeopleOrAccounts(view: ActionItemsView): boolean {
  return view.owner.some((id) => id !== 'unassigned') || view.account.some((id) => id !== 'none')
}
