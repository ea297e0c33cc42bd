import type { ActionItem, ImportChange, MergeField } from '@/contract'
import { priorityLabels, statusLabels } from '@/features/action-items/components/labels'

export interface Names {
  ownerName(id: string): string
  accountName(id: string): string
}

const fieldLabels: Partial<Record<string, string>> = {
  title: 'Title',
  statusSymbol: 'Symbol',
  status: 'Status',
  ownerId: 'Owner',
  ownerLabel: 'Owner as written',
  due: 'Due',
  scheduled: 'Scheduled',
  start: 'Start',
  created: 'Created',
  done: 'Done',
  cancelled: 'Cancelled',
  priority: 'Priority',
  tags: 'Tags',
  recurrence: 'Recurrence',
  accountIds: 'Accounts',
}

function formatValue(field: string, item: ActionItem, names: Names): string {
  switch (field) {
    case 'status':
      return statusLabels[item.status]
    case 'priority':
      return priorityLabels[item.priority]
    case 'ownerId':
      return item.ownerId ? names.ownerName(item.ownerId) : (item.ownerLabel ?? 'Unassigned')
    case 'accountIds':
      return item.accountIds.map(names.accountName).join(', ') || 'none'
    case 'tags':
      return item.tags.join(' ') || 'none'
    case 'statusSymbol':
      // As the note writes it: a space (to do) would otherwise show as nothing.
      return `[${item.statusSymbol}]`
  }
  const value: unknown = item[field as keyof ActionItem]
  if (value === null || value === undefined || value === '') return 'none'
  return String(value)
}

/** Lines added or removed above the task moved it: importing saves its new line. */
export function isMoved({ existing, item }: ImportChange): boolean {
  const from = existing?.source?.line
  return from !== undefined && from !== item.source?.line
}

function describeMove(change: ImportChange) {
  if (!isMoved(change)) return null
  const [from, to] = [change.existing?.source?.line, change.item.source?.line]
  return { field: 'line', label: 'Line', from: String(from ?? 'none'), to: String(to ?? 'none') }
}

/** One line per field the note would change: "Due: 8 Nov → 18 Nov", then a moved line. */
export function describeFields(change: ImportChange, names: Names) {
  const { existing, item } = change
  if (!existing) return []
  // The owner as written only matters when no known person was matched.
  const fields = change.fields.filter((f) => f !== 'ownerLabel' || item.ownerId === null)
  const described = fields.map((field) => ({
    field,
    label: fieldLabels[field] ?? field,
    from: formatValue(field, existing, names),
    to: formatValue(field, item, names),
  }))
  const move = describeMove(change)
  return move ? [...described, move] : described
}

export function ownerText(item: ActionItem, names: Names) {
  if (item.ownerId) return { text: names.ownerName(item.ownerId), unknown: false }
  if (item.ownerLabel) return { text: item.ownerLabel, unknown: true }
  return { text: 'Unassigned', unknown: false }
}

/** A field both sides changed: "Due: app says 2025-11-20, note now says 2025-11-22". */
export function describeConflict(change: ImportChange, field: MergeField, names: Names) {
  const { existing, note } = change
  if (!existing || !note) return null
  return {
    field,
    label: fieldLabels[field] ?? field,
    app: formatValue(field, existing, names),
    note: formatValue(field, { ...existing, ...note }, names),
  }
}

/** Fields only the app changed since the last import, which the note leaves as they are. */
export function describeKept(change: ImportChange, names: Names) {
  const { existing } = change
  if (!existing) return []
  return change.kept.map((field) => ({
    field,
    label: fieldLabels[field] ?? field,
    value: formatValue(field, existing, names),
  }))
}
