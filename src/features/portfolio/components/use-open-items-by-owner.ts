import { useQueries } from '@tanstack/react-query'
import { getDueWindow, type WeekStart } from '@/domain/action-items/due-bucket'
import { actionItemsQueryOptions } from '@/features/action-items/api/get-action-items'
import { toSearch } from '@/lib/search-params'

export const chartBuckets = [
  { key: 'overdue', label: 'Overdue' },
  { key: 'today', label: 'Today' },
  { key: 'soon', label: 'Next 7 days' },
  { key: 'later', label: 'Later' },
  { key: 'none', label: 'No date' },
  { key: 'invalid', label: 'Invalid date' },
] as const
export type ChartBucket = (typeof chartBuckets)[number]['key']
export type OwnerRow = { ownerId: string; total: number } & Record<ChartBucket, number>

const open = ['todo', 'in_progress', 'proposed']

/** Disjoint buckets, so stacked bars add up to each owner's open items. */
function bucketFilters(today: string, weekStart: WeekStart): Record<ChartBucket, object> {
  const window = getDueWindow(today, weekStart)
  return {
    overdue: { due: ['overdue'] },
    today: { due: ['today'] },
    soon: { dueFrom: window.tomorrow, dueTo: window.weekAhead },
    later: { due: ['later'] },
    none: { due: ['none'] },
    invalid: { due: ['invalid'] },
  }
}

/**
 * Per owner and bucket, from the server's owner counts: one small request per bucket, so
 * the numbers stay exact however many items there are (no client-side sample). Nothing is
 * asked while `enabled` is false.
 */
export function useOpenItemsByOwner(today: string, weekStart: WeekStart, enabled = true) {
  const filters = bucketFilters(today, weekStart)
  const results = useQueries({
    queries: chartBuckets.map(({ key }) => ({
      ...actionItemsQueryOptions(
        toSearch({ status: open, ...filters[key], today, weekStart, pageSize: 1 }),
      ),
      enabled,
    })),
  })

  const error = results.find((r) => r.isError)?.error ?? null
  const pending = results.some((r) => r.isPending)
  const rows = new Map<string, OwnerRow>()
  chartBuckets.forEach(({ key }, i) => {
    for (const [ownerId, count] of Object.entries(results[i]?.data?.facets.owner ?? {})) {
      if (count === 0) continue
      const row = rows.get(ownerId) ?? {
        ownerId,
        total: 0,
        overdue: 0,
        today: 0,
        soon: 0,
        later: 0,
        none: 0,
        invalid: 0,
      }
      row[key] += count
      row.total += count
      rows.set(ownerId, row)
    }
  })

  const sorted = [...rows.values()].sort((a, b) => b.total - a.total)
  return {
    rows: sorted,
    pending,
    error,
    refetch: () => results.forEach((r) => void r.refetch()),
  }
}
