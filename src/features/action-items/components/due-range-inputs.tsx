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

function describeBackwards({ from, to }: Range, applied: string): string {
  return (
    `The range is backwards: “Due from” (${from}) is after “Due to” (${to}), ` +
    `so only ${applied} is applied. Change either date.`
  )
}

function sameRange(a: Applied, b: Applied): boolean {
  return a.dueFrom === b.dueFrom && a.dueTo === b.dueTo
}

interface DateFieldProps {
  label: string
  value: string
  min?: string
  max?: string
  /** The id of the message saying what is wrong with the range, when something is. */
  problem: string | undefined
  onChange(value: string): void
}

function DateField({ label, value, min, max, problem, onChange }: DateFieldProps) {
  const id = useId()
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="text-xs text-slate-600 dark:text-slate-400">
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        min={min || undefined}
        max={max || undefined}
        aria-invalid={problem !== undefined}
        aria-describedby={problem}
        onChange={(event) => onChange(event.target.value)}
        className="field w-full px-1.5"
      />
    </div>
  )
}

/**
 * A range typed backwards stays in the fields with what is wrong beside them, as the tag
 * field keeps a value no tag could have. The date just typed is left out of the URL and the
 * list until either date is fixed, so the address holds exactly what the list applies.
 */
export function DueRangeInputs({ view, onChange }: DueRangeInputsProps) {
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
  const problem = backwards ? problemId : undefined
  // One date a line in the sidebar: side by side in its 14rem, the dates lose their year.
  return (
    <div
      className="grid grid-cols-2 gap-2 lg:grid-cols-1"
      role="group"
      aria-label="Custom due range"
    >
      <DateField
        label="Due from"
        value={draft.from}
        max={draft.to}
        problem={problem}
        onChange={(from) => change({ ...draft, from }, 'from')}
      />
      <DateField
        label="Due to"
        value={draft.to}
        min={draft.from}
        problem={problem}
        onChange={(to) => change({ ...draft, to }, 'to')}
      />
      {backwards ? (
        <p
          id={problemId}
          role="alert"
          className="col-span-full text-xs text-red-700 dark:text-red-300"
        >
          {describeBackwards(draft, view.dueFrom ? '“Due from”' : '“Due to”')}
        </p>
      ) : null}
    </div>
  )
}
