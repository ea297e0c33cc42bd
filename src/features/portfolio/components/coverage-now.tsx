import type { CoverageStatus } from '@/contract'
import { formatDuration, formatInZone, formatRelative } from '@/lib/format'

interface CoverageNowProps {
  coverage: CoverageStatus
  personName(id: string): string
  timeZone: string
  now: Date
}

const label = 'text-xs font-medium text-slate-500 dark:text-slate-400'

export function CoverageNow({ coverage, personName, timeZone, now }: CoverageNowProps) {
  const { onNow, nextHandoff, nextGap, uncoveredHours, horizonWeeks } = coverage
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      <div className="sm:col-span-2">
        <dt className={label}>
          Covering now <span className="font-normal italic">(assumed rota)</span>
        </dt>
        <dd>
          {onNow.length === 0 ? (
            <span className="font-medium text-red-700 dark:text-red-300">Nobody is on</span>
          ) : (
            <ul className="mt-0.5 space-y-0.5">
              {onNow.map((shift) => (
                <li key={shift.uid}>
                  <span className="font-medium">{personName(shift.assigneeId)}</span>{' '}
                  <span className="text-slate-600 dark:text-slate-400">
                    · {shift.layerName}
                    {shift.coverage === 'monitored' ? ' (monitored)' : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt className={label}>Next handoff</dt>
        <dd>
          {nextHandoff ? (
            <>
              <span className="font-medium">{formatRelative(nextHandoff, now)}</span>
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                {formatInZone(nextHandoff, timeZone)}
              </span>
            </>
          ) : (
            'None scheduled'
          )}
        </dd>
      </div>
      <div>
        <dt className={label}>Next coverage gap</dt>
        <dd>
          {nextGap ? (
            <>
              <span className="font-medium">{formatInZone(nextGap.start, timeZone)}</span>
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                {formatDuration(nextGap.minutes)}
                {nextGap.reason === 'monitored_only' ? ', monitored only' : ', nobody on'}
                {nextGap.holidays?.length ? ` (${nextGap.holidays.join(', ')})` : ''}
              </span>
            </>
          ) : (
            `None in ${horizonWeeks} weeks`
          )}
        </dd>
      </div>
      <div className="sm:col-span-2">
        <dt className={label}>Sev1 uncovered in the next {horizonWeeks} weeks</dt>
        <dd
          className={`font-medium tabular-nums ${uncoveredHours > 0 ? 'text-amber-800 dark:text-amber-300' : ''}`}
        >
          {uncoveredHours.toLocaleString(undefined, { maximumFractionDigits: 1 })} h
        </dd>
      </div>
    </dl>
  )
}
