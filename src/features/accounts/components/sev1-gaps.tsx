import { useState } from 'react'
import type { CoverageGap, Sla } from '@/contract'
import { formatDatedRange } from '@/features/coverage/lib/clocks'
import { formatDuration } from '@/lib/format'
import { useViewerSettings } from '@/lib/viewer-settings'

const SHOWN = 6

function sumHours(gaps: CoverageGap[]): number {
  return Math.round(gaps.reduce((total, gap) => total + gap.minutes, 0) / 6) / 10
}

interface Sev1GapsProps {
  gaps: CoverageGap[]
  sla: Sla | undefined
  horizonWeeks: number
}

/** Every interval of the next weeks when a Sev1 could not be answered within its target. */
export function Sev1Gaps({ gaps, sla, horizonWeeks }: Sev1GapsProps) {
  const { timeZone } = useViewerSettings()
  const [showAll, setShowAll] = useState(false)
  if (!sla) return <p className="text-sm">No Sev1 response target is recorded for this account.</p>

  const own = gaps.filter((gap) => gap.slaId === sla.id)
  const monitored = own.filter((gap) => gap.reason === 'monitored_only')
  const uncovered = own.filter((gap) => gap.reason === 'uncovered')
  const target = sla.targetMinutes
    ? `${sla.approximate ? '≈ ' : ''}${sla.targetMinutes} min`
    : 'its target'
  const shown = showAll ? own : own.slice(0, SHOWN)

  return (
    <div className="space-y-3 text-sm">
      <p>
        Against the Sev1 response {sla.kind} ({target}, needs{' '}
        {sla.requiredCoverage === 'full' ? 'full coverage' : 'monitoring'}), the next {horizonWeeks}{' '}
        weeks have <strong>{own.length} gaps</strong> totalling <strong>{sumHours(own)} h</strong>:{' '}
        {sumHours(monitored)} h monitored only and {sumHours(uncovered)} h with nobody on.
      </p>
      {monitored.length > 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          Weekends are “lighter but monitored”: someone watches the alarms, but monitoring alone
          does not meet a Sev1 target that needs full coverage, so those hours count as gaps here.
        </p>
      ) : null}
      {own.length > 0 ? (
        <ol className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {shown.map((gap) => (
            <li
              key={gap.start}
              className="flex flex-wrap items-center justify-between gap-2 px-3 py-2"
            >
              <span>
                <span className="tabular-nums">
                  {formatDatedRange(gap.start, gap.end, timeZone)}
                </span>
                {gap.holidays?.length ? (
                  <span className="text-slate-600 dark:text-slate-400">
                    {' '}
                    · holiday in the rota: {gap.holidays.join(', ')}
                  </span>
                ) : null}
              </span>
              <span className="flex items-center gap-2">
                <span className="text-slate-600 dark:text-slate-400">
                  {formatDuration(gap.minutes)}
                </span>
                <span
                  className={`rounded px-1.5 py-0.5 text-xs font-medium ${
                    gap.reason === 'uncovered'
                      ? 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100'
                      : 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100'
                  }`}
                >
                  {gap.reason === 'uncovered' ? 'Nobody on' : 'Monitored only'}
                </span>
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {own.length > SHOWN ? (
        <button
          type="button"
          className="btn"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? 'Show fewer gaps' : `Show all ${own.length} gaps`}
        </button>
      ) : null}
    </div>
  )
}
