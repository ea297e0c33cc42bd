import { useId, useRef, useState } from 'react'
import {
  priorityValues,
  statusValues,
  type ActionItemPatch,
  type Priority,
  type Status,
} from '@/contract'
import { checkDateField } from './check-date'
import { describeField, FieldProblem } from './field-problem'
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
  const dueRef = useRef<HTMLInputElement>(null)
  const [due, setDue] = useState('')
  const [dueProblem, setDueProblem] = useState<string>()

  // Not disabled while empty: a disabled button could not say why, and would stop Enter too.
  function setDueDate(input: HTMLInputElement) {
    const empty = input.value === '' && !input.validity.badInput
    const problem = empty ? 'Type the due date to set.' : checkDateField(input, { optional: false })
    setDueProblem(problem ?? undefined)
    if (problem) {
      input.focus()
      return
    }
    onApply({ due })
    setDue('')
  }

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
        className="flex flex-wrap items-center gap-1"
        onSubmit={(event) => {
          event.preventDefault()
          if (dueRef.current) setDueDate(dueRef.current)
        }}
      >
        <label htmlFor={dueId} className="sr-only">
          Due date for the selected items
        </label>
        <input
          ref={dueRef}
          id={dueId}
          type="date"
          value={due}
          {...describeField(`${dueId}-problem`, dueProblem)}
          onChange={(event) => {
            setDue(event.target.value)
            setDueProblem(undefined)
          }}
          className={`${select} w-36`}
        />
        <button type="submit" className="btn py-1" disabled={pending}>
          Set due
        </button>
        {dueProblem ? (
          <div className="basis-full">
            <FieldProblem id={`${dueId}-problem`} problem={dueProblem} />
          </div>
        ) : null}
      </form>
      <button type="button" className="btn ml-auto py-1" onClick={onClear}>
        Clear selection
      </button>
    </div>
  )
}
