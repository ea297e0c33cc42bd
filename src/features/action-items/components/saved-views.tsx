import { useId, useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { useSavedViews } from '../saved-views'

const pill =
  'rounded-full border px-2.5 py-0.5 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800'

/** Saved filter sets as links, a way to name the current one, and a delete for each. */
export function SavedViews({ currentSearch }: { currentSearch: string }) {
  const saved = useSavedViews()
  const nameId = useId()
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')
  // Closing the name field hands focus back to the button that opened it.
  const refocus = useRef(false)

  function stopNaming() {
    refocus.current = true
    setNaming(false)
  }

  function focusIfAsked(button: HTMLButtonElement | null) {
    if (button && refocus.current) button.focus()
    refocus.current = false
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) return
    saved.save(name, currentSearch)
    setName('')
    stopNaming()
  }

  return (
    <section aria-label="Saved views" className="space-y-2">
      {saved.corrupt || saved.writeFailed ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
        >
          <span className="flex-1">
            {saved.corrupt
              ? 'Your saved views could not be read and were ignored. Saving a view starts a new list.'
              : 'This browser would not store the view; it lasts until you leave the page.'}
          </span>
          <button type="button" className="btn" onClick={saved.dismissNotice}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-sm font-semibold text-slate-600 dark:text-slate-400">Views</h2>
        <ul className="contents">
          <li>
            <Link
              to="/action-items"
              aria-current={currentSearch === '' ? 'page' : undefined}
              className={`${pill} ${currentSearch === '' ? activePill : inactivePill}`}
            >
              All items
            </Link>
          </li>
          {saved.views.map((view) => {
            const active = view.search === currentSearch
            return (
              <li
                key={view.id}
                className={`flex items-center rounded-full border ${active ? activePill : inactivePill}`}
              >
                <Link
                  to={`/action-items${view.search ? `?${view.search}` : ''}`}
                  aria-current={active ? 'page' : undefined}
                  className="rounded-l-full py-0.5 pr-1 pl-2.5 text-sm font-medium hover:underline"
                >
                  {view.name}
                </Link>
                <button
                  type="button"
                  aria-label={`Delete view “${view.name}”`}
                  onClick={() => saved.remove(view.id)}
                  className="rounded-r-full px-1.5 py-0.5 text-xs opacity-60 hover:opacity-100"
                >
                  ✕
                </button>
              </li>
            )
          })}
        </ul>
        {naming ? (
          <form onSubmit={submit} className="flex flex-wrap items-center gap-1.5">
            <label htmlFor={nameId} className="sr-only">
              Name this view
            </label>
            <input
              id={nameId}
              value={name}
              autoFocus
              maxLength={80}
              placeholder="Name this view"
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') stopNaming()
              }}
              className="field w-44 py-0.5"
            />
            <button type="submit" className="btn py-0.5" disabled={!name.trim()}>
              Save
            </button>
            <button type="button" className="btn py-0.5" onClick={stopNaming}>
              Cancel
            </button>
          </form>
        ) : (
          <button
            ref={focusIfAsked}
            type="button"
            className="btn py-0.5"
            onClick={() => setNaming(true)}
          >
            Save view…
          </button>
        )}
      </div>
    </section>
  )
}

const activePill =
  'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100'
const inactivePill = 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200'
