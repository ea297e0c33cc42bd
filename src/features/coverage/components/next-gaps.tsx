import { Link } from 'react-router'
import type { AccountSummary } from '@/contract'
import { formatDuration, formatInZone, formatRelative } from '@/lib/format'
import { useNow } from '@/lib/use-now'
import { useViewerSettings } from '@/lib/viewer-settings'

/** For each account: when Sev1 coverage next falls short, and how much over the horizon. */
export function NextGaps({ accounts }: { accounts: AccountSummary[] }) {
  const { timeZone } = useViewerSettings()
  const now = useNow(30_000)
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {accounts.map(({ id, name, rankLabel, coverage, sev1Response }) => {
        const gap = coverage.nextGap
        return (
          <li key={id} className="rounded-md border border-slate-200 p-4 dark:border-slate-800">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-base font-semibold">
                <Link to={`/accounts/${id}#coverage`} className="hover:underline">
                  {name}
                </Link>
              </h3>
              <span className="text-xs text-slate-500 dark:text-slate-400">{rankLabel}</span>
            </div>
            <dl className="mt-3 grid grid-cols-2 gap-3 text-sm">
              <div>
                <dt className="text-xs text-slate-500 dark:text-slate-400">Next Sev1 gap</dt>
                <dd className="font-medium">
                  {gap ? formatRelative(gap.start, now) : 'None'}
                  {gap ? (
                    <span className="block font-normal text-slate-600 dark:text-slate-400">
                      {formatInZone(gap.start, timeZone)}, {formatDuration(gap.minutes)}{' '}
                      {gap.reason === 'monitored_only' ? 'monitored only' : 'with nobody on'}
                    </span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500 dark:text-slate-400">
                  Uncovered, next {coverage.horizonWeeks} weeks
                </dt>
                <dd className="font-medium tabular-nums">
                  {Math.round(coverage.uncoveredHours)} h
                  {sev1Response?.targetMinutes ? (
                    <span className="block font-normal text-slate-600 dark:text-slate-400">
                      against a {sev1Response.approximate ? '≈ ' : ''}
                      {sev1Response.targetMinutes} min Sev1 response
                    </span>
                  ) : null}
                </dd>
              </div>
            </dl>
          </li>
        )
      })}
    </ul>
  )
}
