import type { ActionItem, Priority, Status } from '@/contract/action-items'
import { createRandom, type Random } from './random'

const STATUSES: readonly Status[] = [
  'todo',
  'todo',
  'todo',
  'in_progress',
  'done',
  'cancelled',
  'proposed',
]
const SYMBOLS: Record<Status, string> = {
  todo: ' ',
  in_progress: '/',
  done: 'x',
  cancelled: '-',
  proposed: '?',
}
const PRIORITIES: readonly Priority[] = [
  'highest',
  'high',
  'medium',
  'none',
  'none',
  'low',
  'lowest',
]
const VERBS = ['Review', 'Draft', 'Schedule', 'Confirm', 'Escalate', 'Document', 'Validate']
const TOPICS = ['SLA penalties', 'rota handoff', 'C-node failure', 'replication', 'QBR deck']
const TAGS = ['#task', '#ops', '#sla', '#rota', '#legal', '#proposed']

// Days that do not exist, as people type them; the app keeps them and flags them.
const IMPOSSIBLE_DATES = ['2026-02-29', '2026-02-30', '2026-04-31', '2026-06-31', '2026-11-31']

type Named = { id: string; name: string }

export interface GeneratedItems {
  items: ActionItem[]
  owners: Named[]
  accounts: Named[]
}

/** What `npm run generate` changes; left out, the bench's fixed data comes out as before. */
export interface ItemOptions {
  owners?: Named[]
  accounts?: Named[]
  /** The day due dates spread around, `YYYY-MM-DD`. */
  anchor?: string
  title?(random: Random): string
  /** The share of due dates that are impossible days (2026-02-30). */
  invalidDueShare?: number
}

function dateMaker(anchor: string) {
  const [year, month, day] = anchor.split('-').map(Number) as [number, number, number]
  return (dayOffset: number) =>
    new Date(Date.UTC(year, month - 1, day + dayOffset)).toISOString().slice(0, 10)
}

function defaultTitle(random: Random): string {
  return `${random.pick(VERBS)} ${random.pick(TOPICS)} with team ${random.int(1, 60)}`
}

/** `count` action items spread over 40 owners and 500 accounts, due around 2026-03-16. */
export function generateItems(
  count: number,
  seed = 4242,
  options: ItemOptions = {},
): GeneratedItems {
  const random = createRandom(seed)
  const owners =
    options.owners ??
    Array.from({ length: 40 }, (_, i) => ({ id: `owner-${i}`, name: `Owner ${i}` }))
  const accounts =
    options.accounts ??
    Array.from({ length: 500 }, (_, i) => ({
      id: `gen-${String(i).padStart(4, '0')}`,
      name: `Account ${i}`,
    }))
  const isoDate = dateMaker(options.anchor ?? '2026-03-16')
  const title = options.title ?? defaultTitle
  const invalidShare = options.invalidDueShare ?? 0
  const dueDate = () =>
    invalidShare > 0 && random.next() < invalidShare
      ? random.pick(IMPOSSIBLE_DATES)
      : isoDate(random.int(-60, 90))

  const items = Array.from({ length: count }, (_, i): ActionItem => {
    const status = random.pick(STATUSES)
    const owner = random.next() < 0.1 ? null : random.pick(owners)
    const due = random.next() < 0.15 ? null : dueDate()
    return {
      id: `item-${String(i).padStart(6, '0')}`,
      title: title(random),
      statusSymbol: SYMBOLS[status],
      status,
      ownerId: owner?.id ?? null,
      ownerLabel: owner ? `@${owner.name.replace(/\s+/g, '')}` : null,
      due,
      scheduled: null,
      start: null,
      created: isoDate(random.int(-120, -1)),
      done: status === 'done' ? isoDate(random.int(-30, 0)) : null,
      cancelled: status === 'cancelled' ? isoDate(random.int(-30, 0)) : null,
      priority: random.pick(PRIORITIES),
      tags: ['#task', random.pick(TAGS)],
      recurrence: null,
      accountIds: random.next() < 0.2 ? [] : [random.pick(accounts).id],
      source: null,
      warnings: due && IMPOSSIBLE_DATES.includes(due) ? [invalidDueWarning(due)] : [],
      version: 1,
      updatedAt: `${isoDate(0)}T00:00:00.000Z`,
    }
  })
  return { items, owners, accounts }
}

function invalidDueWarning(due: string): string {
  return `due date ${due} does not exist; kept as written`
}
