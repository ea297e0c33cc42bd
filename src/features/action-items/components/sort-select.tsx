import { useId } from 'react'
import type { ActionItemSort } from '@/contract'

const sortLabels: Record<ActionItemSort, string> = {
  due: 'Due date, soonest first',
  '-due': 'Due date, latest first',
  priority: 'Priority, highest first',
  '-priority': 'Priority, lowest first',
  owner: 'Owner',
  account: 'Account',
}

export function SortSelect({
  sort,
  onSort,
}: {
  sort: ActionItemSort
  onSort(s: ActionItemSort): void
}) {
  const id = useId()
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="whitespace-nowrap text-slate-600 dark:text-slate-400">
        Sort by
      </label>
      <select
        id={id}
        className="field py-1.5"
        value={sort}
        onChange={(event) => onSort(event.target.value as ActionItemSort)}
      >
        {Object.entries(sortLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}
