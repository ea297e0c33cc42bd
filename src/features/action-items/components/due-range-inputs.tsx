import { useId, useState } from 'react'
import { describeIncompleteYear } from '@/contract'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'
import type { ActionItemsView } from '../read-view'
import { checkDateField } from './check-date'

type Range = { from: string; to: string }
type Applied = { dueFrom: string | undefined; dueTo: string | undefined }
type Problems = Partial<Record<keyof Range, string>>

const labels: Record<keyof Range, string> = { from: 'Due from', to: 'Due to' }

interface DueRangeInputsProps {
  view: ActionItemsView
  onChange(patch: Partial<ActionItemsView>): void
}

/**
 * While a year is typed, Chromium reports each step ("0002-…", "0020-…", "0202-…") as a
 * date: only a four-digit year from 1000 on is taken as meant, as the server does.
 */
function isUsable(date: string): boolean {
  return isValidCalendarDate(date) && describeIncompleteYear(date) === null
}

function isBackwards({ from, to }: Range): boolean {
  return isUsable(from) && isUsable(to) && from > to
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
  /** What is wrong with the date in this field, when something is. */
  problem: string | undefined
  /** The id of the message saying what is wrong with the range, when something is. */
  rangeProblem: string | undefined
  onChange(value: string): void
  onLeave(input: HTMLInputElement): void
}

function DateField(props: DateFieldProps) {
  const { label, value, min, max, problem, rangeProblem, onChange, onLeave } = props
  const id = useId()
  const problemId = useId()
  const described = [problem ? problemId : undefined, rangeProblem].filter(Boolean).join(' ')
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
        aria-invalid={problem !== undefined || rangeProblem !== undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
        // Typing a date into an empty field raises no change until it is whole and real.
        onBlur={(event) => onLeave(event.currentTarget)}
        className="field w-full px-1.5"
      />
      {problem ? (
        <p id={problemId} role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
    </div>
  )
}

/**
 * A range typed backwards stays in the fields with what is wrong beside them, as the tag
 * field keeps a value no tag could have. The date just typed is left out of the URL and the
 * list until either date is fixed, so the address holds exactly what the list applies. So is
 * a date that is not one, or whose year was left short, said beside its field once left.
 */
export function DueRangeInputs({ view, onChange }: DueRangeInputsProps) {
  const problemId = useId()
  const [draft, setDraft] = useState<Range>({ from: view.dueFrom ?? '', to: view.dueTo ?? '' })
  const [synced, setSynced] = useState<Applied>({ dueFrom: view.dueFrom, dueTo: view.dueTo })
  // What this component last wrote: its arrival must not wipe the date typed backwards.
  const [written, setWritten] = useState<Applied | null>(null)
  const [problems, setProblems] = useState<Problems>({})

  if (synced.dueFrom !== view.dueFrom || synced.dueTo !== view.dueTo) {
    setSynced({ dueFrom: view.dueFrom, dueTo: view.dueTo })
    const ours = written !== null && sameRange(written, view)
    if (!ours) {
      setDraft({ from: view.dueFrom ?? '', to: view.dueTo ?? '' })
      setProblems({})
    }
    setWritten(null)
  }

  function apply(next: Range, edited: keyof Range) {
    const applied = applicable(next, edited)
    // The URL may not show the last write yet: compare with that write, not with the view.
    if (sameRange(applied, written ?? view)) return
    setWritten(applied)
    onChange(applied)
  }

  function change(next: Range, edited: keyof Range) {
    setDraft(next)
    setProblems((current) => ({ ...current, [edited]: undefined }))
    if (next[edited] !== '' && !isUsable(next[edited])) return
    apply(next, edited)
  }

  function leave(input: HTMLInputElement, edited: keyof Range) {
    const problem = checkDateField(input)
    const ignored = problem ? `${problem} Until then the list ignores “${labels[edited]}”.` : ''
    setProblems((current) => ({ ...current, [edited]: ignored || undefined }))
    // A year held back while it was typed is dropped once left short, as a bad date is.
    if (problem) apply(draft, edited)
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
        label={labels.from}
        value={draft.from}
        max={draft.to}
        problem={problems.from}
        rangeProblem={problem}
        onChange={(from) => change({ ...draft, from }, 'from')}
        onLeave={(input) => leave(input, 'from')}
      />
      <DateField
        label={labels.to}
        value={draft.to}
        min={draft.from}
        problem={problems.to}
        rangeProblem={problem}
        onChange={(to) => change({ ...draft, to }, 'to')}
        onLeave={(input) => leave(input, 'to')}
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
