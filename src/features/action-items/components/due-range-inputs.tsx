import { useId, useState } from 'react'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'
import type { ActionItemsView } from '../read-view'

type Range = { from: string; to: string }
type Applied = { dueFrom: string | undefined; dueTo: string | undefined }

interface DueRangeInputsProps {
  view: ActionItemsView
  onChange(patch: Partial<ActionItemsView>): void
}

function isBackwards({ from, to }: Range): boolean {
  return from !== '' && to !== '' && from > to
}

/**
 * While a year is typed, Chromium reports each step ("0002-…", "0020-…", "0202-…") as a
 * date: only a four-digit year from 1000 on is taken as meant.
 */
function isUsable(date: string): boolean {
  return isValidCalendarDate(date) && date >= '1000'
}

/** The range the list can use: dates that are whole, and of a backwards pair, the older. */
function applicable(range: Range, edited: keyof Range): Applied {
  const whole = {
    from: isUsable(range.from) ? range.from : '',
    to: isUsable(range.to) ? range.to : '',
  }
  const usable = isBackwards(whole) ? { ...whole, [edited]: '' } : whole
  return { dueFrom: usable.from || undefined, dueTo: usable.to || undefined }
}

function sameRange(a: Applied, b: Applied): boolean {
  return a.dueFrom === b.dueFrom && a.dueTo === b.dueTo
}

/**
 * A range typed backwards stays in the fields with what is wrong beside them, as the tag
 * field keeps a value no tag could have. The date just typed is left out of the URL and the
 * list until either date is fixed, so the address holds exactly what the list applies.
 */
export function DueRangeInputs({ view, onChange }: DueRangeInputsProps) {
  const fromId = useId()
  const toId = useId()
  const problemId = useId()
  const [draft, setDraft] = useState<Range>({ from: view.dueFrom ?? '', to: view.dueTo ?? '' })
  const [synced, setSynced] = useState<Applied>({ dueFrom: view.dueFrom, dueTo: view.dueTo })
  // What this component last wrote: its arrival must not wipe the date typed backwards.
  const [written, setWritten] = useState<Applied | null>(null)

  if (synced.dueFrom !== view.dueFrom || synced.dueTo !== view.dueTo) {
    setSynced({ dueFrom: view.dueFrom, dueTo: view.dueTo })
    const ours = written !== null && sameRange(written, view)
    if (!ours) setDraft({ from: view.dueFrom ?? '', to: view.dueTo ?? '' })
    setWritten(null)
  }

  function change(next: Range, edited: keyof Range) {
    setDraft(next)
    if (next[edited] !== '' && !isUsable(next[edited])) return
    const applied = applicable(next, edited)
    // The URL may not show the last write yet: compare with that write, not with the view.
    if (sameRange(applied, written ?? view)) return
    setWritten(applied)
    onChange(applied)
  }

  const backwards = isBackwards(draft)
  const fieldProps = {
    type: 'date',
    'aria-invalid': backwards,
    'aria-describedby': backwards ? problemId : undefined,
    className: 'field w-full px-1.5',
  }
  const labelClass = 'text-xs text-slate-600 dark:text-slate-400'
  return (
    <div className="grid grid-cols-2 gap-2" role="group" aria-label="Custom due range">
      <div className="min-w-0">
        <label htmlFor={fromId} className={labelClass}>
          Due from
        </label>
        <input
          id={fromId}
          value={draft.from}
          max={draft.to || undefined}
          onChange={(event) => change({ ...draft, from: event.target.value }, 'from')}
          {...fieldProps}
        />
      </div>
      <div className="min-w-0">
        <label htmlFor={toId} className={labelClass}>
          Due to
        </label>
        <input
          id={toId}
          value={draft.to}
          min={draft.from || undefined}
          onChange={(event) => change({ ...draft, to: event.target.value }, 'to')}
          {...fieldProps}
        />
      </div>
      {backwards ? (
        <p
          id={problemId}
          role="alert"
          className="col-span-2 text-xs text-red-700 dark:text-red-300"
        >
          The range is backwards: “Due from” ({draft.from}) is after “Due to” ({draft.to}), so only{' '}
          {view.dueFrom ? '“Due from”' : '“Due to”'} is applied. Change either date.
        </p>
      ) : null}
    </div>
  )
}
