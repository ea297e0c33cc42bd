import { useEffect, type ReactNode } from 'react'
import { ProvenanceBadge } from '@/components/provenance-badge'
import type { AccountDetail } from '@/contract'
import { formatDuration, formatInZone, formatRelative } from '@/lib/format'
import { useNow } from '@/lib/use-now'
import { useViewerSettings } from '@/lib/viewer-settings'
import type { Directory } from '@/features/coverage/lib/use-directory'

function Stat({ label, children, tone }: { label: string; children: ReactNode; tone?: string }) {
  return (
    <div
      className={`rounded-md border px-3 py-2.5 ${tone ?? 'border-slate-200 dark:border-slate-800'}`}
    >
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {label}
      </dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  )
}

interface AccountHeaderProps {
  detail: AccountDetail
  directory: Directory
  /** Called once the next handoff has passed, so the page can fetch who is on now. */
  onHandoffPassed(): void
}

/** Name, rank and summary, then the live coverage facts a CSM looks at first. */
export function AccountHeader({ detail, directory, onHandoffPassed }: AccountHeaderProps) {
  const { account, coverage } = detail
  const { timeZone } = useViewerSettings()
  const now = useNow(15_000)
  const { nextHandoff, nextGap } = coverage
  const handoffPassed = nextHandoff !== null && Date.parse(nextHandoff) <= now.getTime()

  useEffect(() => {
    if (handoffPassed) onHandoffPassed()
  }, [handoffPassed, onHandoffPassed])

  return (
    <header className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <p className="flex flex-wrap items-center gap-2 text-xs font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-300">
        Rank {account.rank} · {account.rankLabel}
        <span className="font-normal tracking-normal normal-case">
          <ProvenanceBadge provenance={account.rankProvenance} />
        </span>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{account.name}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{account.summary}</p>

      <dl className="mt-5 grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Stat label="On now">
          {coverage.onNow.length === 0 ? (
            <span className="font-semibold text-red-700 dark:text-red-300">Nobody on</span>
          ) : (
            <ul className="space-y-0.5">
              {coverage.onNow.map((shift) => (
                <li key={shift.uid}>
                  <span className="font-semibold">{directory.personName(shift.assigneeId)}</span>
                  <span className="text-slate-600 dark:text-slate-400">
                    {' '}
                    · {shift.layerName}
                    {shift.coverage === 'monitored' ? ' (monitoring)' : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Stat>
        <Stat label="Next handoff">
          {nextHandoff ? (
            <>
              <span className="text-base font-semibold tabular-nums" aria-live="off">
                {handoffPassed ? 'now' : formatRelative(nextHandoff, now)}
              </span>
              <span className="block text-slate-600 dark:text-slate-400">
                {formatInZone(nextHandoff, timeZone, true)}
              </span>
            </>
          ) : (
            'None scheduled'
          )}
        </Stat>
        <Stat
          label="Next Sev1 gap"
          tone={
            nextGap
              ? 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40'
              : undefined
          }
        >
          {nextGap ? (
            <>
              <span className="font-semibold">{formatRelative(nextGap.start, now)}</span>
              <span className="block text-slate-700 dark:text-slate-300">
                {formatInZone(nextGap.start, timeZone)} for {formatDuration(nextGap.minutes)},{' '}
                {nextGap.reason === 'monitored_only' ? 'monitored only' : 'nobody on'}
              </span>
            </>
          ) : (
            `None in the next ${coverage.horizonWeeks} weeks`
          )}
        </Stat>
        <Stat label={`Uncovered, next ${coverage.horizonWeeks} weeks`}>
          <span className="text-base font-semibold tabular-nums">
            {Math.round(coverage.uncoveredHours)} h
          </span>
          <span className="block text-slate-600 dark:text-slate-400">
            when a Sev1 could not be answered in time
          </span>
        </Stat>
      </dl>
    </header>
  )
}
