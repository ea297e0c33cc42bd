import type { ActionItem, Priority, Status } from '@/contract/action-items'
import { createRandom } from './random'

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

export interface GeneratedItems {
  items: ActionItem[]
  owners: { id: string; name: string }[]
  accounts: { id: string; name: string }[]
}

function isoDate(dayOffset: number): string {
  return new Date(Date.UTC(2026, 2, 16 + dayOffset)).toISOString().slice(0, 10)
}

/** `count` action items spread over 40 owners and 500 accounts, due around 2026-03-16. */
export function generateItems(count: number, seed = 4242): GeneratedItems {
  const random = createRandom(seed)
  const owners = Array.from({ length: 40 }, (_, i) => ({ id: `owner-${i}`, name: `Owner ${i}` }))
  const accounts = Array.from({ length: 500 }, (_, i) => ({
    id: `gen-${String(i).padStart(4, '0')}`,
    name: `Account ${i}`,
  }))
  const items = Array.from({ length: count }, (_, i): ActionItem => {
    const status = random.pick(STATUSES)
    const owner = random.next() < 0.1 ? null : random.pick(owners)
    const due = random.next() < 0.15 ? null : isoDate(random.int(-60, 90))
    return {
      id: `item-${String(i).padStart(6, '0')}`,
      title: `${random.pick(VERBS)} ${random.pick(TOPICS)} with team ${random.int(1, 60)}`,
      statusSymbol: SYMBOLS[status],
      status,
      ownerId: owner?.id ?? null,
      ownerLabel: owner ? `@${owner.name.replace(' ', '')}` : null,
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
      warnings: [],
      version: 1,
      updatedAt: '2026-03-16T00:00:00.000Z',
    }
  })
  return { items, owners, accounts }
}
