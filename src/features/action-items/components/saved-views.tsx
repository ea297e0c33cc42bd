import { useRef, useState } from 'react'
import { Link } from 'react-router'
import { useSavedViews, type SavedView } from '../saved-views'
import { SaveViewForm } from './save-view-form'

const pill =
  'rounded-full border px-2.5 py-0.5 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800'

type Focus = 'save' | 'undo' | 'heading' | { view: string } | null

/**
 * Saved filter sets as links, a way to name the current one, and a delete for each. A
 * delete can be undone; focus never falls to the page body when a control goes away.
 */
export function SavedViews({ currentSearch }: { currentSearch: string }) {
  const saved = useSavedViews()
  const [naming, setNaming] = useState(false)
  const [deleted, setDeleted] = useState<{ view: SavedView; index: number } | null>(null)
  // Where focus goes once the controls that replace the one just used have rendered.
  const focusNext = useRef<Focus>(null)

  function focusIf(target: Exclude<Focus, null>) {
    return (element: HTMLElement | null) => {
      const wanted = focusNext.current
      const matches =
        typeof target === 'string'
          ? wanted === target
          : typeof wanted === 'object' && wanted?.view === target.view
      if (element && matches) {
        element.focus()
        focusNext.current = null
      }
    }
  }

  function stopNaming() {
    focusNext.current = 'save'
    setNaming(false)
  }

  function remove(view: SavedView) {
    const index = saved.views.findIndex((other) => other.id === view.id)
    saved.remove(view.id)
    focusNext.current = 'undo'
    setDeleted({ view, index })
  }

  function undo() {
    if (!deleted) return
    saved.restore(deleted.view, deleted.index)
    focusNext.current = { view: deleted.view.id }
    setDeleted(null)
  }

  function dismissDeleted() {
    focusNext.current = 'heading'
    setDeleted(null)
  }

  return (
    <section aria-label="Saved views" className="space-y-2">
      {saved.corrupt || saved.writeFailed ? (
        <div
          role="status"
          className={
            'flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 ' +
            'px-3 py-2 text-sm text-amber-950 ' +
            'dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50'
          }
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
        <h2
          ref={focusIf('heading')}
          tabIndex={-1}
          className="text-sm font-semibold text-slate-600 dark:text-slate-400"
        >
          Views
        </h2>
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
                  ref={focusIf({ view: view.id })}
                  to={`/action-items${view.search ? `?${view.search}` : ''}`}
                  aria-current={active ? 'page' : undefined}
                  className="rounded-l-full py-0.5 pr-1 pl-2.5 text-sm font-medium hover:underline"
                >
                  {view.name}
                </Link>
                <button
                  type="button"
                  aria-label={`Delete view “${view.name}”`}
                  onClick={() => remove(view)}
                  className="rounded-r-full px-1.5 py-0.5 text-xs opacity-60 hover:opacity-100"
                >
                  ✕
                </button>
              </li>
            )
          })}
        </ul>
        {naming ? (
          <SaveViewForm
            views={saved.views}
            currentSearch={currentSearch}
            onSave={(name) => {
              saved.save(name, currentSearch)
              stopNaming()
            }}
            onReplace={(view, name) => {
              saved.replace(view.id, name, currentSearch)
              stopNaming()
            }}
            onClose={stopNaming}
          />
        ) : (
          <button
            ref={focusIf('save')}
            type="button"
            className="btn py-0.5"
            onClick={() => setNaming(true)}
          >
            Save view…
          </button>
        )}
      </div>
      <div role="status" className="text-sm">
        {deleted ? (
          <p className="flex flex-wrap items-center gap-2">
            <span>Deleted view “{deleted.view.name}”.</span>
            <button ref={focusIf('undo')} type="button" className="btn py-0.5" onClick={undo}>
              Undo
            </button>
            <button type="button" className="btn py-0.5" onClick={dismissDeleted}>
              Dismiss
            </button>
          </p>
        ) : null}
      </div>
    </section>
  )
}

const activePill =
  'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100'
const inactivePill = 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200'
