import { memo } from 'react'
import type { ActionItem, ActionItemPatch } from '@/contract'
import { priorityValues, statusValues, toOneLine } from '@/contract'
import { dueBucketOf, isClosedStatus, type WeekStart } from '@/domain/action-items/due-bucket'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'
import { revealBidiControls } from '@/lib/reveal-bidi'
import { DueInput } from './due-input'
import { DueMarker, SourceCell, TagList, WarningsCell } from './item-cells'
import { priorityLabels, priorityTone, statusLabels } from './labels'
import { RowSelect } from './row-select'
import { TitleCell } from './title-cell'
import type { Lookups } from './use-lookups'

interface ItemRowProps {
  item: ActionItem
  lookups: Lookups
  today: string
  weekStart: WeekStart
  onEdit(item: ActionItem, patch: ActionItemPatch): void
  selected: boolean
  onSelect(id: string, checked: boolean): void
}

const statusOptions = statusValues.map((value) => ({ value, label: statusLabels[value] }))
const priorityOptions = priorityValues.map((value) => ({ value, label: priorityLabels[value] }))

const cell = 'px-2 py-2 align-top'
const compactField = 'field py-0.5 pl-1.5 text-sm'

/**
 * One item's row. Memoised: a filter change or another row's edit leaves it alone, which at
 * a page of 500 items is most of the work the list would otherwise do per change.
 */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
  const { item, lookups, today, weekStart, onEdit, selected, onSelect } = props
  const overdue =
    !isClosedStatus(item.status) && dueBucketOf(item.due, today, weekStart) === 'overdue'
  // A title stored with a line break (as the dialog once let one be typed) reads as one line.
  const title = toOneLine(item.title)
  const shown = revealBidiControls(title)
  const short = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown
  const unknownOwner = item.ownerId === null && item.ownerLabel

  return (
    <tr
      className={`border-t border-slate-200 dark:border-slate-800 ${
        selected ? 'bg-sky-50 dark:bg-sky-950/60' : 'hover:bg-slate-50 dark:hover:bg-slate-900/60'
      }`}
    >
      <td className="py-2 pr-1 pl-3 align-top">
        <input
          type="checkbox"
          aria-label={`Select “${short}”`}
          checked={selected}
          onChange={(event) => onSelect(item.id, event.target.checked)}
          className="mt-1 size-4"
        />
      </td>
      <th scope="row" className={`${cell} min-w-[15rem] text-left font-normal wrap-anywhere`}>
        <TitleCell
          title={title}
          short={short}
          closed={isClosedStatus(item.status)}
          onCommit={(title) => onEdit(item, { title })}
        />
      </th>
      <td className={cell}>
        <div className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
          <RowSelect
            aria-label={`Status of “${short}”`}
            value={item.status}
            options={statusOptions}
            onChange={(event) =>
              onEdit(item, { status: event.target.value as ActionItem['status'] })
            }
            className={`${compactField} w-28`}
          />
          <code
            className="text-xs whitespace-nowrap text-slate-500 dark:text-slate-400"
            title="Symbol as written"
          >
            [{item.statusSymbol}]
          </code>
        </div>
      </td>
      <td className={cell}>
        <RowSelect
          aria-label={`Owner of “${short}”`}
          value={item.ownerId ?? ''}
          options={
            item.ownerId && !lookups.known.people?.has(item.ownerId)
              ? [...lookups.ownerOptions, { value: item.ownerId, label: item.ownerId }]
              : lookups.ownerOptions
          }
          onChange={(event) => onEdit(item, { ownerId: event.target.value || null })}
          className={`${compactField} w-32`}
        />
        {unknownOwner ? (
          <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">
            Written as {item.ownerLabel} (unknown)
          </p>
        ) : null}
      </td>
      <td className={`${cell} min-w-[6.5rem]`}>
        {item.accountIds.length > 0 ? item.accountIds.map(lookups.accountName).join(', ') : '—'}
      </td>
      <td className={cell}>
        <div className="flex flex-col items-start gap-1">
          <DueInput
            label={`Due date of “${short}”`}
            due={item.due}
            overdue={overdue}
            onCommit={(due) => onEdit(item, { due })}
          />
          {item.due && !isValidCalendarDate(item.due) ? (
            <code className="text-xs">{item.due}</code>
          ) : null}
          <DueMarker due={item.due} overdue={overdue} />
        </div>
      </td>
      <td className={cell}>
        <RowSelect
          aria-label={`Priority of “${short}”`}
          value={item.priority}
          options={priorityOptions}
          onChange={(event) =>
            onEdit(item, { priority: event.target.value as ActionItem['priority'] })
          }
          className={`${compactField} w-20 ${priorityTone[item.priority]}`}
        />
      </td>
      <td className={`${cell} min-w-[6.5rem]`}>
        <TagList tags={item.tags} />
      </td>
      <td className={`${cell} min-w-[4.5rem] text-sm text-slate-600 dark:text-slate-400`}>
        <SourceCell source={item.source} />
      </td>
      <td className={cell}>
        <WarningsCell warnings={item.warnings} />
      </td>
    </tr>
  )
})
