import { useId, useRef, useState } from 'react'
import { toOneLine } from '@/contract'
import { revealBidiControls } from '@/lib/reveal-bidi'
import { checkTitle } from './check-title'

interface TitleCellProps {
  title: string
  /** The title cut short, for the controls' accessible names. */
  short: string
  closed: boolean
  onCommit(title: string): void
}

/**
 * The item's text, with an "Edit" button that turns it into a field. Enter or leaving the
 * field saves; Escape puts it back. A save goes through the row's optimistic edit, so a
 * refused one is rolled back and the alert keeps what was typed.
 */
export function TitleCell({ title, short, closed, onCommit }: TitleCellProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const refocus = useRef(false)
  // Set once Enter or Escape has settled the edit, so the blur as the field goes is ignored.
  const settled = useRef(false)
  const errorId = useId()

  // Enter and Escape hand focus back to the button; leaving the field by Tab does not.
  function focusIfAsked(button: HTMLButtonElement | null) {
    if (button && refocus.current) button.focus()
    refocus.current = false
  }

  function open() {
    settled.current = false
    setDraft(title)
  }

  function close(returnFocus: boolean) {
    settled.current = true
    setDraft(null)
    setProblem(null)
    refocus.current = returnFocus
  }

  function commit(returnFocus: boolean) {
    if (draft === null || settled.current) return
    const next = toOneLine(draft).trim()
    const problem = checkTitle(next)
    if (problem) {
      setProblem(`${problem} Press Escape to keep the old one.`)
      return
    }
    if (next !== title) onCommit(next)
    close(returnFocus)
  }

  if (draft === null) {
    return (
      <div className="flex items-start gap-2">
        <span className={`min-w-0 flex-1 ${closed ? 'line-through opacity-70' : ''}`}>
          {revealBidiControls(title)}
        </span>
        <button
          ref={focusIfAsked}
          type="button"
          aria-label={`Edit title of “${short}”`}
          className={
            'shrink-0 rounded px-1 text-xs text-sky-800 underline hover:bg-slate-100 ' +
            'dark:text-sky-300 dark:hover:bg-slate-800'
          }
          onClick={open}
        >
          Edit
        </button>
      </div>
    )
  }

  return (
    <div>
      <input
        // The field appears because the user asked for it, so typing can start at once.
        autoFocus
        aria-label={`Title of “${short}”`}
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value)
          setProblem(null)
        }}
        onBlur={() => commit(false)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            commit(true)
          } else if (event.key === 'Escape') {
            close(true)
          }
        }}
        className="field w-full py-0.5 pl-1.5 text-sm"
      />
      {problem ? (
        <p id={errorId} role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
    </div>
  )
}
