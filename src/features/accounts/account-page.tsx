import type { Provenance } from '@/contract'
import { ProvenanceBadge } from '@/components/provenance-badge'
import { usePeople } from '@/features/people/api/get-people'
import { useCallback, useEffect } from 'react'
import { Link, useLocation, useParams } from 'react-router'
import type { AccountDetail } from '@/contract'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Loading } from '@/components/ui/loading'
import { Section } from '@/components/ui/section'
import { AccountActionItems } from '@/features/action-items/components/account-action-items'
import { ExportPanel } from '@/features/coverage/components/export-panel'
import { WeekView } from '@/features/coverage/components/week-view'
import { useDirectory } from '@/features/coverage/lib/use-directory'
import { ApiError } from '@/lib/api-client'
import { useAccount } from './api/get-account'
import { AccountHeader } from './components/account-header'
import { AccountToc } from './components/account-toc'
import { ChannelsList, EscalationPath } from './components/channels-list'
import { ContactsList } from './components/contacts-list'
import { FactList } from './components/fact-list'
import { RequestsList } from './components/requests-list'
import { Sev1Gaps } from './components/sev1-gaps'
import { SlaTable } from './components/sla-table'
import { useDocumentTitle } from '@/lib/use-document-title'

const ROTA_ASSUMED: Provenance = {
  source: 'assumed',
  noteId: null,
  line: null,
  quote: null,
  confirmed: false,
  remark: 'Shift hours, time zones and engineers are assumed: the note gives none.',
}

const SECTIONS = [
  { id: 'contacts', title: 'Contacts' },
  { id: 'slas', title: 'SLAs' },
  { id: 'coverage', title: 'Coverage' },
  { id: 'channels', title: 'Channels & escalation' },
  { id: 'environment', title: 'Environment' },
  { id: 'issues', title: 'Common issues & hardware' },
  { id: 'requests', title: 'Open requests' },
  { id: 'action-items', title: 'Action items' },
  { id: 'export', title: 'Export coverage' },
] as const

type SectionId = (typeof SECTIONS)[number]['id']
const titleOf = (id: SectionId) => SECTIONS.find((s) => s.id === id)?.title ?? id

function SubHeading({ children }: { children: string }) {
  return <h3 className="mt-6 mb-2 text-base font-semibold">{children}</h3>
}

/** The data router does not scroll to a hash whose target renders after a fetch. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation()
  useEffect(() => {
    if (ready && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView()
  }, [ready, hash])
}

function AccountView({ detail, onStale }: { detail: AccountDetail; onStale(): void }) {
  const { account, gaps, coverage } = detail
  const directory = useDirectory()
  const sev1 = account.slas.find((s) => s.severity === 'Sev1' && s.metric === 'response')
  useScrollToHash(true)
  useDocumentTitle(account.name)

  return (
    <div className="space-y-6">
      <AccountHeader detail={detail} directory={directory} onHandoffPassed={onStale} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[12.5rem_minmax(0,1fr)]">
        <AccountToc entries={[...SECTIONS]} />
        <div className="min-w-0 space-y-6">
          <Section id="contacts" title={titleOf('contacts')}>
            <ContactsList contacts={account.contacts} />
          </Section>
          <Section
            id="slas"
            title={titleOf('slas')}
            description="Formal SLAs and internal SLOs, as far as the note knows them."
          >
            <SlaTable slas={account.slas} />
          </Section>
          <Section
            id="coverage"
            title={titleOf('coverage')}
            description={
              <>
                Each shift in the customer&apos;s, the team&apos;s and your clock.{' '}
                <ProvenanceBadge provenance={ROTA_ASSUMED} /> The note says who covers which part of
                the week; the shift hours, time zones and engineers here are our assumptions.
              </>
            }
          >
            <WeekView account={account} />
            <SubHeading>Coverage model</SubHeading>
            <FactList facts={account.coverageModel} />
            <SubHeading>Gaps against the Sev1 SLA</SubHeading>
            <Sev1Gaps gaps={gaps} sla={sev1} horizonWeeks={coverage.horizonWeeks} />
          </Section>
          <Section id="channels" title={titleOf('channels')}>
            <ChannelsList channels={account.channels} />
            <SubHeading>Escalation path</SubHeading>
            <EscalationPath steps={account.escalation} />
          </Section>
          <Section id="environment" title={titleOf('environment')}>
            <FactList facts={account.deployment} />
          </Section>
          <Section id="issues" title={titleOf('issues')}>
            <FactList facts={account.commonIssues} />
            <SubHeading>Hardware process</SubHeading>
            <FactList facts={account.hardware} />
          </Section>
          <Section id="requests" title={titleOf('requests')}>
            <RequestsList requests={account.requests} />
          </Section>
          <Section id="action-items" title={titleOf('action-items')}>
            <AccountActionItems accountId={account.id} />
          </Section>
          <Section
            id="export"
            title={titleOf('export')}
            print={false}
            description="Download the rota as a calendar (.ics) or a spreadsheet (.csv)."
          >
            <ExportPanel initialAccountIds={[account.id]} />
          </Section>
        </div>
      </div>
    </div>
  )
}

function UnknownAccount({ id }: { id: string }) {
  useDocumentTitle('Account not found')
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">No account called “{id}”</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        It may have been renamed, or the link may be mistyped.
      </p>
      <Link to="/" className="btn btn-primary mt-4">
        Go to the portfolio
      </Link>
    </div>
  )
}

/** One account: who, what it promises, who covers it when, and what is open. */
export function AccountPage() {
  const { accountId = '' } = useParams()
  const query = useAccount(accountId)
  // Names come from /people: waiting for both lets the page appear once, without a jump.
  const people = usePeople()
  const { refetch } = query
  const refresh = useCallback(() => void refetch(), [refetch])

  if (query.isPending || people.isPending) return <Loading label="Loading the account…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <UnknownAccount id={accountId} />
    }
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Account</h1>
        <ErrorPanel title="Could not load the account" error={query.error} onRetry={refresh} />
      </div>
    )
  }
  return <AccountView detail={query.data} onStale={refresh} />
}
