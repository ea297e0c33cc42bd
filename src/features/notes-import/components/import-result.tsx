import type { Ref } from 'react'
import { Link } from 'react-router'
import type { ImportResult } from '@/contract'

interface ImportResultPanelProps {
  result: ImportResult
  onDismiss(): void
  ref?: Ref<HTMLHeadingElement>
}

/** What the import did; focus lands on its heading so a screen reader hears it. */
export function ImportResultPanel({ result, onDismiss, ref }: ImportResultPanelProps) {
  const counts: Array<[string, number]> = [
    ['Created', result.created],
    ['Updated', result.updated],
    ['Unchanged', result.unchanged],
    ['Your edits kept', result.kept],
    ['No longer in the note, kept', result.gone],
  ]
  const notes = result.notes.length
  return (
    <section
      aria-labelledby="import-result-heading"
      className={
        'rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-emerald-950 ' +
        'dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50'
      }
    >
      <h2 id="import-result-heading" ref={ref} tabIndex={-1} className="text-lg font-semibold">
        Imported {notes} note{notes === 1 ? '' : 's'}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {counts.map(([label, count]) => (
          <div key={label} className="rounded-md bg-white/70 px-3 py-2 dark:bg-black/20">
            <dt className="text-xs">{label}</dt>
            <dd className="text-xl font-semibold tabular-nums">{count}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Link to="/action-items" className="btn btn-primary">
          Open the action items
        </Link>
        <button type="button" className="btn" onClick={onDismiss}>
          Import more notes
        </button>
      </div>
    </section>
  )
}
