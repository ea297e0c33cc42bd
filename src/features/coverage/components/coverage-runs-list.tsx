import { formatDuration } from '@/lib/format'
import { formatDatedRange } from '../lib/clocks'
import type { CoverageRun } from '../lib/coverage-runs'
import { runStyles } from '../lib/layer-tones'

interface CoverageRunsListProps {
  runs: CoverageRun[]
  /** The week shown, epoch milliseconds: a run at either edge goes on beyond it. */
  week: { from: number; to: number }
  viewerZone: string
  layerName(id: string): string
}

function countLabel(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Runs are cut at the week's edges; saying so keeps a long gap from reading as a short one. */
function edgeNote(run: CoverageRun, week: CoverageRunsListProps['week']): string {
  const notes = [
    run.start <= week.from ? 'began in the week before' : '',
    run.end >= week.to ? 'goes on into the next week' : '',
  ].filter(Boolean)
  return notes.length > 0 ? `; ${notes.join(', ')}` : ''
}

/** The gaps and overlaps of the week in words, so they do not depend on colour or sight. */
export function CoverageRunsList({ runs, week, viewerZone, layerName }: CoverageRunsListProps) {
  const gaps = runs.filter((r) => r.kind !== 'overlap')
  const overlaps = runs.filter((r) => r.kind === 'overlap')
  const summary =
    runs.length === 0
      ? 'Full coverage all week: no gaps and no overlaps.'
      : `This week: ${countLabel(gaps.length, 'gap')} and ${countLabel(overlaps.length, 'overlap')}.`

  return (
    <div className="text-sm">
      <p aria-live="polite" className="font-medium">
        {summary}
      </p>
      {runs.length > 0 ? (
        <ul className="mt-2 grid gap-1.5 md:grid-cols-2">
          {runs.map((run) => (
            <li key={`${run.kind}-${run.start}`} className="flex items-start gap-2">
              <span
                aria-hidden="true"
                className={`mt-0.5 inline-block h-3.5 w-5 shrink-0 rounded-sm border ${runStyles[run.kind].className}`}
                style={{ backgroundImage: runStyles[run.kind].image }}
              />
              <span>
                <span className="font-medium">{runStyles[run.kind].label}</span>{' '}
                <span className="tabular-nums">
                  {formatDatedRange(run.start, run.end, viewerZone)}
                </span>{' '}
                <span className="text-slate-600 dark:text-slate-400">
                  (
                  <span className="whitespace-nowrap">
                    {formatDuration((run.end - run.start) / 60_000)}
                  </span>
                  {run.kind === 'overlap' ? `: ${run.layers.map(layerName).join(' and ')}` : ''}
                  {run.kind === 'overlap' ? '' : edgeNote(run, week)})
                </span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
