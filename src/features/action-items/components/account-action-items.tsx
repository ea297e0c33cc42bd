import { revealBidiControls } from '@/lib/reveal-bidi'
import { Link } from 'react-router'
import { QueryView } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/loading'
import { dueBucketOf, isClosedStatus } from '@/domain/action-items/due-bucket'
import { formatCalendarDate } from '@/lib/format'
import { toSearch } from '@/lib/search-params'
import { useActionItems } from '../api/get-action-items'
import { openStatuses, priorityLabels, priorityTone, statusLabels } from './labels'
import { useLookups, useViewerDay } from './use-lookups'

const LIMIT = 20

/** The open items of one account, soonest due first, with a way into the full list. */
export function AccountActionItems({ accountId }: { accountId: string }) {
  const { today, weekStart } = useViewerDay()
  const { ownerName } = useLookups(today)
  const query = useActionItems(
    toSearch({ account: [accountId], status: openStatuses, today, weekStart, pageSize: LIMIT }),
  )
  const fullList = `/action-items${toSearch({ account: [accountId] })}`

  return (
    <QueryView query={query} what="action items">
      {(list) => (
        <div className="space-y-3">
          {list.items.length === 0 ? (
            <EmptyState>No open action items for this account.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
              {list.items.map((item) => {
                const overdue =
                  !isClosedStatus(item.status) &&
                  dueBucketOf(item.due, today, weekStart) === 'overdue'
                return (
                  <li key={item.id} className="space-y-1 px-3 py-2 text-sm">
                    <p className="wrap-anywhere">{revealBidiControls(item.title)}</p>
                    <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                      <span>{item.ownerId ? ownerName(item.ownerId) : 'Unassigned'}</span>
                      <span className={overdue ? 'font-medium text-red-700 dark:text-red-300' : ''}>
                        {item.due ? `Due ${formatCalendarDate(item.due)}` : 'No due date'}
                        {overdue ? ' · overdue' : ''}
                      </span>
                      <span className={priorityTone[item.priority]}>
                        Priority {priorityLabels[item.priority].toLowerCase()}
                      </span>
                      <span>
                        {statusLabels[item.status]} [{item.statusSymbol}]
                      </span>
                    </p>
                  </li>
                )
              })}
            </ul>
          )}
          <p className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="text-slate-600 dark:text-slate-400">
              {list.total > list.items.length
                ? `Showing ${list.items.length} of ${list.total} open items`
                : `${list.total} open item${list.total === 1 ? '' : 's'}`}
            </span>
            <Link
              to={fullList}
              className="font-medium text-sky-700 hover:underline dark:text-sky-300"
            >
              Open in Action items
            </Link>
          </p>
        </div>
      )}
    </QueryView>
  )
}
