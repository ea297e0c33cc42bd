import { useId, useState } from 'react'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'
import { describeShortYear, holdsBadDate } from './check-date'

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
 * not one (a five-digit year, or a day left half typed), or whose year was left short, keeps
 * the old date, and says why.
 */
export function DueInput({ label, due, overdue, onCommit }: DueInputProps) {
  const shown = due && isValidCalendarDate(due) ? due : ''
  const problemId = useId()
  const [draft, setDraft] = useState(shown)
  const [synced, setSynced] = useState(shown)
  const [problem, setProblem] = useState<string | null>(null)

  if (synced !== shown) {
    setSynced(shown)
    setDraft(shown)
  }

  function commit(input: HTMLInputElement) {
    const kept = shown || 'empty'
    const shortYear = describeShortYear(draft)
    const next = holdsBadDate(input)
      ? `Not a valid date, so the due date stays ${kept}.`
      : shortYear && `${shortYear} The due date stays ${kept}.`
    setProblem(next)
    if (next || draft === shown) {
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
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          setDraft(event.target.value)
          setProblem(null)
        }}
        onBlur={(event) => commit(event.currentTarget)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget)
          if (event.key === 'Escape') setDraft(shown)
        }}
        className={`field w-32 py-0.5 pl-1.5 text-sm ${overdue ? OVERDUE_BORDER : ''}`}
      />
      {problem ? (
        <p id={problemId} role="alert" className="text-xs text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
    </>
  )
}
