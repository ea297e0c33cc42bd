import { useId, useState } from 'react'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'

const OVERDUE_BORDER = 'border-red-400 dark:border-red-700'

interface DueInputProps {
  label: string
  due: string | null
  overdue: boolean
  onCommit(due: string | null): void
}

/**
 * Commits on blur or Enter, not on every change: while a year is typed, Chromium reports
 * each intermediate value ("0002-11-20", "0020-11-20", …) as a valid date. A date that is
 * not one (a five-digit year, or a day left half typed) keeps the old date, and says so.
 */
export function DueInput({ label, due, overdue, onCommit }: DueInputProps) {
  const shown = due && isValidCalendarDate(due) ? due : ''
  const problemId = useId()
  const [draft, setDraft] = useState(shown)
  const [synced, setSynced] = useState(shown)
  const [rejected, setRejected] = useState(false)

  if (synced !== shown) {
    setSynced(shown)
    setDraft(shown)
  }

  function commit(input: HTMLInputElement) {
    // A half-typed date reads as "", like a cleared one: only badInput tells them apart.
    const invalid = input.validity.badInput || (draft !== '' && !isValidCalendarDate(draft))
    setRejected(invalid)
    if (invalid || draft === shown) {
      setDraft(shown)
      return
    }
    onCommit(draft || null)
    // The optimistic update shows the new date; a rollback must find the field showing the old.
    setDraft(shown)
  }

  return (
    <>
      <input
        type="date"
        aria-label={label}
        value={draft}
        aria-invalid={rejected}
        aria-describedby={rejected ? problemId : undefined}
        onChange={(event) => {
          setDraft(event.target.value)
          setRejected(false)
        }}
        onBlur={(event) => commit(event.currentTarget)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget)
          if (event.key === 'Escape') setDraft(shown)
        }}
        className={`field w-32 py-0.5 pl-1.5 text-sm ${overdue ? OVERDUE_BORDER : ''}`}
      />
      {rejected ? (
        <p id={problemId} role="alert" className="text-xs text-red-700 dark:text-red-300">
          Not a valid date, so the due date stays {shown || 'empty'}.
        </p>
      ) : null}
    </>
  )
}
