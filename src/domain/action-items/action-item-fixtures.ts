import type { ActionItem } from '@/contract/action-items'

/** An action item for tests: every field filled with a plain default. */
export function makeItem(overrides: Partial<ActionItem> & { id: string }): ActionItem {
  return {
    title: `Item ${overrides.id}`,
    statusSymbol: ' ',
    status: 'todo',
    ownerId: null,
    ownerLabel: null,
    due: null,
    scheduled: null,
    start: null,
    created: null,
    done: null,
    cancelled: null,
    priority: 'none',
    tags: [],
    recurrence: null,
    accountIds: [],
    source: null,
    warnings: [],
    version: 1,
    updatedAt: '2025-10-29T00:00:00.000Z',
    ...overrides,
  }
}

const owners = ['jordan-avery', 'morgan-blake', 'riley-hart', null]
const accounts = [['coreweave'], ['xai'], ['coreweave', 'xai'], []]
const statuses = ['todo', 'in_progress', 'done', 'cancelled', 'proposed'] as const
const priorities = ['highest', 'high', 'medium', 'none', 'low', 'lowest'] as const

/** Many varied items, the same every time, for speed checks. */
export function makeManyItems(count: number): ActionItem[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0')
    const month = String((i % 12) + 1).padStart(2, '0')
    return makeItem({
      id: `item-${String(i).padStart(6, '0')}`,
      title: `Follow up ${i % 97} on rota and SLA for team ${i % 13}`,
      ownerId: owners[i % owners.length] ?? null,
      accountIds: accounts[i % accounts.length] ?? [],
      status: statuses[i % statuses.length] ?? 'todo',
      priority: priorities[i % priorities.length] ?? 'none',
      due: i % 17 === 0 ? null : i % 101 === 0 ? '2025-02-30' : `2025-${month}-${day}`,
      tags: i % 3 === 0 ? ['#task', '#ops'] : ['#task'],
    })
  })
}
