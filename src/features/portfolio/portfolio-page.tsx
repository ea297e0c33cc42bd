import { useEffect, useMemo } from 'react'
import { QueryView } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/loading'
import { useAccounts } from '@/features/accounts/api/get-accounts'
import { usePeople } from '@/features/people/api/get-people'
import { calendarDateIn, useNow } from '@/lib/use-now'
import { useViewerSettings } from '@/lib/viewer-settings'
import { AccountCard } from './components/account-card'
import { OwnerChartSection } from './components/owner-chart-section'
import { useDocumentTitle } from '@/lib/use-document-title'

function usePersonName() {
  const people = usePeople()
  return useMemo(() => {
    const names = new Map((people.data?.people ?? []).map((p) => [p.id, p.name]))
    return (id: string) => (id === 'unassigned' ? 'Unassigned' : (names.get(id) ?? id))
  }, [people.data])
}

export function PortfolioPage() {
  const { timeZone, weekStart } = useViewerSettings()
  const now = useNow(30_000)
  const today = calendarDateIn(timeZone, now)
  const accounts = useAccounts(today)
  useDocumentTitle('Portfolio')
  const personName = usePersonName()
  const handoffPassed = (accounts.data?.accounts ?? []).some(
    ({ coverage }) =>
      coverage.nextHandoff !== null && Date.parse(coverage.nextHandoff) <= now.getTime(),
  )
  const { refetch } = accounts

  // Who is on now, and the next handoff, are the server's answer for one instant: once a
  // handoff has passed, ask again rather than show a countdown into the past.
  useEffect(() => {
    if (handoffPassed) void refetch()
  }, [handoffPassed, refetch])

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Portfolio</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Each account’s open work, Sev1 promise and who is covering it right now. Times in{' '}
          {timeZone}.
        </p>
      </header>

      <QueryView query={accounts} what="accounts" pendingClassName="min-h-[75rem] lg:min-h-[31rem]">
        {({ accounts: list }) =>
          list.length === 0 ? (
            <EmptyState>No accounts yet.</EmptyState>
          ) : (
            <div className="grid gap-4 lg:grid-cols-2">
              {[...list]
                .sort((a, b) => a.rank - b.rank)
                .map((account) => (
                  <AccountCard
                    key={account.id}
                    account={account}
                    personName={personName}
                    timeZone={timeZone}
                    now={now}
                  />
                ))}
            </div>
          )
        }
      </QueryView>

      <OwnerChartSection today={today} weekStart={weekStart} ownerName={personName} />
    </div>
  )
}
