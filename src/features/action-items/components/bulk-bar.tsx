import { useId, useState } from 'react'
import {
  priorityValues,
  statusValues,
  type ActionItemPatch,
  type Priority,
  type Status,
} from '@/contract'
import { priorityLabels, statusLabels } from './labels'
import type { Lookups } from './use-lookups'

interface BulkBarProps {
  count: number
  lookups: Lookups
  pending: boolean
  onApply(patch: ActionItemPatch): void
  onClear(): void
}

const select = 'field py-1'

/** The actions for the selected rows; each choice is sent at once, like an inline edit. */
export function BulkBar({ count, lookups, pending, onApply, onClear }: BulkBarProps) {
  const dueId = useId()
  const [due, setDue] = useState('')

  return (
    <div
      role="toolbar"
      aria-label="Change the selected items"
      className={
        'sticky bottom-3 z-10 flex flex-wrap items-center gap-2 rounded-lg border ' +
        'border-sky-300 bg-sky-50/95 p-2 text-sm shadow-lg backdrop-blur ' +
        'dark:border-sky-800 dark:bg-sky-950/95'
      }
    >
      <p aria-live="polite" className="px-1 font-semibold">
        {count} selected
      </p>
      <select
        aria-label="Set status of the selected items"
        value=""
        disabled={pending}
        onChange={(event) => onApply({ status: event.target.value as Status })}
        className={select}
      >
        <option value="" disabled>
          Set status…
        </option>
        {statusValues.map((status) => (
          <option key={status} value={status}>
            {statusLabels[status]}
          </option>
        ))}
      </select>
      <select
        aria-label="Set owner of the selected items"
        value=""
        disabled={pending}
        onChange={(event) =>
          onApply({ ownerId: event.target.value === '-' ? null : event.target.value })
        }
        className={select}
      >
        <option value="" disabled>
          Set owner…
        </option>
        <option value="-">Unassigned</option>
        {lookups.people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Set priority of the selected items"
        value=""
        disabled={pending}
        onChange={(event) => onApply({ priority: event.target.value as Priority })}
        className={select}
      >
        <option value="" disabled>
          Set priority…
        </option>
        {priorityValues.map((priority) => (
          <option key={priority} value={priority}>
            {priorityLabels[priority]}
          </option>
        ))}
      </select>
      <form
        className="flex items-center gap-1"
        onSubmit={(event) => {
          event.preventDefault()
          if (!due) return
          onApply({ due })
          setDue('')
        }}
      >
        <label htmlFor={dueId} className="sr-only">
          Due date for the selected items
        </label>
        <input
          id={dueId}
          type="date"
          value={due}
          onChange={(event) => setDue(event.target.value)}
          className={`${select} w-36`}
        />
        <button type="submit" className="btn py-1" disabled={pending || !due}>
          Set due
        </button>
      </form>
      <button type="button" className="btn ml-auto py-1" onClick={onClear}>
        Clear selection
      </button>
    </div>
  )
}
