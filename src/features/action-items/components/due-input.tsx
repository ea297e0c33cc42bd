import { useState } from 'react'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'

interface DueInputProps {
  label: string
  due: string | null
  overdue: boolean
  onCommit(due: string | null): void
}

/**
 * Commits on blur or Enter, not on every change: while a year is typed, Chromium reports
 * each intermediate value ("0002-11-20", "0020-11-20", …) as a valid date.
 */
export function DueInput({ label, due, overdue, onCommit }: DueInputProps) {
  const shown = due && isValidCalendarDate(due) ? due : ''
  const [draft, setDraft] = useState(shown)
  const [synced, setSynced] = useState(shown)

  if (synced !== shown) {
    setSynced(shown)
    setDraft(shown)
  }

  function commit() {
    if (draft === shown) return
    if (draft === '' || isValidCalendarDate(draft)) onCommit(draft || null)
    // The optimistic update shows the new date; a rollback must find the field showing the old.
    setDraft(shown)
  }

  return (
    <input
      type="date"
      aria-label={label}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit()
        if (event.key === 'Escape') setDraft(shown)
      }}
      className={`field w-36 py-0.5 pl-1.5 text-sm ${overdue ? 'border-red-400 dark:border-red-700' : ''}`}
    />
  )
}
