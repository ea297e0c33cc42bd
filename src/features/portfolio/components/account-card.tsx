import { Link } from 'react-router'
import { ProvenanceBadge } from '@/components/provenance-badge'
import type { AccountSummary } from '@/contract'
import { toSearch } from '@/lib/search-params'
import { CoverageNow } from './coverage-now'
import { Sev1Target } from './sev1-target'

interface AccountCardProps {
  account: AccountSummary
  personName(id: string): string
  timeZone: string
  now: Date
}

const open = ['todo', 'in_progress', 'proposed']

interface StatProps {
  to: string
  value: number
  label: string
  context: string
  alert?: boolean
}

function Stat({ to, value, label, context, alert }: StatProps) {
  const tone = alert && value > 0 ? 'text-red-700 dark:text-red-300' : ''
  return (
    <Link
      to={to}
      aria-label={`${value} ${label.toLowerCase()} for ${context}`}
      className={
        'group block rounded-md border border-slate-200 px-3 py-2 hover:border-sky-400 ' +
        'hover:bg-sky-50 ' +
        'dark:border-slate-800 dark:hover:border-sky-700 dark:hover:bg-sky-950/40'
      }
    >
      <span className={`block text-2xl font-semibold tabular-nums ${tone}`}>{value}</span>
      <span className="text-xs text-slate-600 group-hover:underline dark:text-slate-400">
        {label}
      </span>
    </Link>
  )
}

export function AccountCard({ account, personName, timeZone, now }: AccountCardProps) {
  const headingId = `account-${account.id}`
  return (
    <article
      aria-labelledby={headingId}
      className={
        'flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm ' +
        'dark:border-slate-800 dark:bg-slate-900'
      }
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="text-xl font-semibold tracking-tight">
            <Link to={`/accounts/${account.id}`} className="hover:underline">
              {account.name}
            </Link>
          </h2>
          <p className="mt-1 line-clamp-2 text-sm text-slate-600 dark:text-slate-400">
            {account.summary}
          </p>
        </div>
        <span className="inline-flex flex-wrap items-center gap-1">
          <span className="rounded-full bg-violet-100 px-2.5 py-0.5 text-xs font-medium text-violet-900 dark:bg-violet-950 dark:text-violet-200">
            #{account.rank} · {account.rankLabel}
          </span>
          <ProvenanceBadge provenance={account.rankProvenance} />
        </span>
      </header>

      <div className="grid grid-cols-2 gap-2">
        <Stat
          to={`/action-items${toSearch({ account: [account.id], status: open })}`}
          value={account.openItems}
          label="Open action items"
          context={account.name}
        />
        <Stat
          to={`/action-items${toSearch({ account: [account.id], due: ['overdue'] })}`}
          value={account.overdueItems}
          label="Overdue"
          context={account.name}
          alert
        />
      </div>

      <section aria-label={`${account.name} Sev1 response target`}>
        <h3 className="mb-1 text-xs font-medium text-slate-500 dark:text-slate-400">
          Sev1 response target
        </h3>
        <Sev1Target sla={account.sev1Response} />
      </section>

      <section
        aria-label={`${account.name} coverage`}
        className="border-t border-slate-200 pt-4 dark:border-slate-800"
      >
        <CoverageNow
          coverage={account.coverage}
          personName={personName}
          timeZone={timeZone}
          now={now}
        />
      </section>
    </article>
  )
}
