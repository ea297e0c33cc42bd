import { useEffect, useRef, useState } from 'react'
import type { ActionItem, ActionItemPatch, ActionItemSort } from '@/contract'
import type { WeekStart } from '@/domain/action-items/due-bucket'
import type { Lookups } from './use-lookups'
import { VirtualRows } from './virtual-rows'

interface ItemsTableProps {
  items: ActionItem[]
  sort: ActionItemSort
  lookups: Lookups
  today: string
  weekStart: WeekStart
  onSort(sort: ActionItemSort): void
  onEdit(item: ActionItem, patch: ActionItemPatch): void
  selected: Set<string>
  onSelect(id: string, checked: boolean): void
  onSelectAll(checked: boolean): void
  /** When this changes (another filter, sort or page), the table scrolls back to its top. */
  scrollKey?: string
}

type SortableColumn = { label: string; asc: ActionItemSort; desc?: ActionItemSort }

const columns: Array<{ label: string; sort?: SortableColumn }> = [
  { label: 'Title' },
  { label: 'Status' },
  { label: 'Owner', sort: { label: 'owner', asc: 'owner' } },
  { label: 'Accounts', sort: { label: 'account', asc: 'account' } },
  { label: 'Due', sort: { label: 'due date', asc: 'due', desc: '-due' } },
  { label: 'Priority', sort: { label: 'priority', asc: 'priority', desc: '-priority' } },
  { label: 'Tags' },
  { label: 'Source' },
  { label: 'Warnings' },
]

function ariaSort(column: SortableColumn | undefined, sort: ActionItemSort) {
  if (!column) return undefined
  if (sort === column.asc) return 'ascending'
  if (sort === column.desc) return 'descending'
  return 'none'
}

function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string
  column: SortableColumn
  sort: ActionItemSort
  onSort(sort: ActionItemSort): void
}) {
  const active = sort === column.asc || sort === column.desc
  const next = sort === column.asc && column.desc ? column.desc : column.asc
  const arrow = sort === column.asc ? '↑' : sort === column.desc ? '↓' : '↕'
  return (
    <button
      type="button"
      onClick={() => onSort(next)}
      className={`-mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-slate-900 dark:hover:text-white ${active ? 'text-slate-900 dark:text-white' : ''}`}
    >
      {label}
      <span aria-hidden="true" className={active ? '' : 'opacity-40'}>
        {arrow}
      </span>
      <span className="sr-only">, sort by {column.label}</span>
    </button>
  )
}

function SelectAllCheckbox({
  count,
  total,
  onChange,
}: {
  count: number
  total: number
  onChange(checked: boolean): void
}) {
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && count < total
  }, [count, total])
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all on this page"
      checked={total > 0 && count === total}
      onChange={(event) => onChange(event.target.checked)}
      className="size-4 align-middle"
    />
  )
}

/**
 * The items of one page; the server filters, sorts and pages, and the body renders only the
 * rows in view, so a page of 500 costs about what a page of 20 does.
 */
export function ItemsTable({
  items,
  sort,
  onSort,
  selected,
  onSelectAll,
  scrollKey,
  ...rowProps
}: ItemsTableProps) {
  // State, not a ref: the rows' virtualizer needs the element, and refs attach after the
  // children's effects have run.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null)

  useEffect(() => {
    scroller?.scrollTo?.({ top: 0 })
  }, [scroller, scrollKey])

  return (
    <div
      ref={setScroller}
      className={
        'relative max-h-[75vh] scroll-pt-10 overflow-auto rounded-lg border border-slate-200 ' +
        'bg-white shadow-sm ' +
        'dark:border-slate-800 dark:bg-slate-900'
      }
      tabIndex={0}
      role="region"
      aria-label="Action items table, scrolls both ways"
    >
      <table aria-rowcount={items.length + 1} className="w-full border-collapse text-sm">
        <thead className="sticky top-0 z-10 bg-slate-50 text-left text-xs font-semibold text-slate-600 dark:bg-slate-950 dark:text-slate-400">
          <tr aria-rowindex={1}>
            <th scope="col" className="w-8 py-2 pr-1 pl-3">
              <SelectAllCheckbox
                count={selected.size}
                total={items.length}
                onChange={onSelectAll}
              />
            </th>
            {columns.map(({ label, sort: column }) => (
              <th key={label} scope="col" aria-sort={ariaSort(column, sort)} className="px-2 py-2">
                {column ? (
                  <SortHeader label={label} column={column} sort={sort} onSort={onSort} />
                ) : (
                  label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <VirtualRows
          items={items}
          selected={selected}
          columnCount={columns.length + 1}
          scrollElement={scroller}
          {...rowProps}
        />
      </table>
    </div>
  )
}
