import { Section } from '@/components/ui/section'
import { ErrorPanel } from '@/components/ui/error-panel'
import { EmptyState, Loading } from '@/components/ui/loading'
import type { WeekStart } from '@/domain/action-items/due-bucket'
import { useNearViewport } from '@/lib/use-near-viewport'
import { OpenItemsChart } from './open-items-chart'
import { useOpenItemsByOwner } from './use-open-items-by-owner'

interface OwnerChartSectionProps {
  today: string
  weekStart: WeekStart
  ownerName(id: string): string
}

export const CHART_WAITS = 'The chart loads as you scroll to it.'

/**
 * The chart sits below the accounts: on a phone it is out of sight, so its requests and
 * Recharts (the page's largest library and longest render) wait until it nears the screen.
 */
export function OwnerChartSection({ today, weekStart, ownerName }: OwnerChartSectionProps) {
  const [ref, near] = useNearViewport<HTMLParagraphElement>()
  const { rows, pending, error, refetch } = useOpenItemsByOwner(today, weekStart, near)
  return (
    <Section
      id="open-items-by-owner"
      title="Open action items by owner and due bucket"
      description={`Every open item (to do, in progress, proposed), due dates read as of ${today}.`}
    >
      {near ? null : (
        <p ref={ref} className="min-h-24 text-sm text-slate-600 dark:text-slate-400">
          {CHART_WAITS}
        </p>
      )}
      {near && pending ? <Loading label="Loading the chart…" /> : null}
      {error ? (
        <ErrorPanel title="Could not load the chart’s numbers" error={error} onRetry={refetch} />
      ) : null}
      {!pending && !error && rows.length === 0 ? (
        <EmptyState>No open action items. Nothing to chart.</EmptyState>
      ) : null}
      {!pending && !error && rows.length > 0 ? (
        <OpenItemsChart rows={rows} ownerName={ownerName} />
      ) : null}
    </Section>
  )
}
