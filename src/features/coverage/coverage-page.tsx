import { useState } from 'react'
import type { AccountSummary } from '@/contract'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Loading } from '@/components/ui/loading'
import { QueryView } from '@/components/ui/query-view'
import { Section } from '@/components/ui/section'
import { useAccounts } from '@/features/accounts/api/get-accounts'
import { calendarDateIn } from '@/lib/use-now'
import { useViewerSettings } from '@/lib/viewer-settings'
import { ExportPanel } from './components/export-panel'
import { NextGaps } from './components/next-gaps'
import { TeamHoursChart } from './components/team-hours-chart'
import { CHART_WEEKS, useTeamHours } from './lib/use-team-hours'
import { useDirectory } from './lib/use-directory'
import { useDocumentTitle } from '@/lib/use-document-title'

function TeamHours({ accounts, today }: { accounts: AccountSummary[]; today: string }) {
  const { weekStart, timeZone } = useViewerSettings()
  const directory = useDirectory()
  const hours = useTeamHours({ accountIds: accounts.map((a) => a.id), today, weekStart, timeZone })
  if (hours.error) {
    return (
      <ErrorPanel title="Could not load the shifts" error={hours.error} onRetry={hours.retry} />
    )
  }
  if (hours.isPending) return <Loading label="Loading shifts…" />
  return <TeamHoursChart weeks={hours.weeks} teamName={directory.teamName} />
}

/** Coverage across every account: where it falls short, who carries it, and the exports. */
export function CoveragePage() {
  const { timeZone } = useViewerSettings()
  const [today] = useState(() => calendarDateIn(timeZone, new Date()))
  const accounts = useAccounts(today)
  useDocumentTitle('Coverage')

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Coverage</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
          Who covers every account, where a Sev1 could go unanswered, and the rota as calendar and
          spreadsheet files.
        </p>
      </header>
      <Section
        id="next-gaps"
        title="Next gaps"
        description="Against each account's Sev1 response SLA."
      >
        <QueryView query={accounts} what="the accounts">
          {(data) => <NextGaps accounts={data.accounts} />}
        </QueryView>
      </Section>
      <Section
        id="team-hours"
        title="Coverage hours by team per week"
        description={`Rota hours for the next ${CHART_WEEKS} weeks, all accounts, in ${timeZone} weeks.`}
      >
        <QueryView query={accounts} what="the accounts">
          {(data) => <TeamHours accounts={data.accounts} today={today} />}
        </QueryView>
      </Section>
      <Section
        id="export"
        title="Export coverage"
        description="Download the rota as a calendar (.ics) or a spreadsheet (.csv)."
      >
        <ExportPanel />
      </Section>
    </div>
  )
}
