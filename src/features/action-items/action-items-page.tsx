import { useDeferredValue, useState } from 'react'
import type { ActionItem, ActionItemList } from '@/contract'
import { EmptyState, Loading } from '@/components/ui/loading'
import { ErrorPanel } from '@/components/ui/error-panel'
import { useActionItems } from './api/get-action-items'
import { ExportCsvButton } from './components/export-csv-button'
import { FilterPanel } from './components/filter-panel'
import { SearchInput } from './components/filter-inputs'
import { FiltersDisclosure } from './components/filters-disclosure'
import { BulkBar } from './components/bulk-bar'
import { ItemsTable } from './components/items-table'
import { NewItemDialog } from './components/new-item-dialog'
import { SavedViews } from './components/saved-views'
import { useBulkEdit } from './components/use-bulk-edit'
import { BulkOutcomeNotice, EditFailureAlerts, IgnoredParamsNotice } from './components/notices'
import { Pager } from './components/pager'
import { SortSelect } from './components/sort-select'
import { useItemEdits } from './components/use-item-edits'
import { useLookups, useViewerDay } from './components/use-lookups'
import {
  countActiveFilters,
  namesPeopleOrAccounts,
  toServerSearch,
  useActionItemsView,
  writeView,
} from './url-state'
import { usePageInRange } from './use-page-in-range'
import { useDocumentTitle } from '@/lib/use-document-title'

const noItems: ActionItem[] = []

function sameRows(a: ActionItemList | undefined, b: ActionItemList | undefined): boolean {
  if (!a || !b || a.items.length !== b.items.length) return false
  return a.items.every((item, i) => item.id === b.items[i]?.id)
}

export function ActionItemsPage() {
  useDocumentTitle('Action items')
  const { today, weekStart, timeZone } = useViewerDay()
  const lookups = useLookups(today)
  const { view, ignored, update, clearFilters, dismissIgnored } = useActionItemsView(lookups.known)
  const search = toServerSearch(view, { today, weekStart })
  // A link naming someone unknown would show an empty list until the people load: wait.
  const waitForLookups = !lookups.settled && namesPeopleOrAccounts(view)
  const query = useActionItems(search, { enabled: !waitForLookups })
  // A new list (another filter, sort or page) is drawn with its counts and pager in a render
  // React may pause for input and paint, so drawing a page of new rows never holds the page
  // still for long. An edit to the rows in view shows at once, or the field would flick back.
  const deferred = useDeferredValue(query.data)
  const shown = sameRows(deferred, query.data) ? query.data : deferred
  const catchingUp = shown !== query.data
  const pastLastPage = usePageInRange(view.page, query.isPlaceholderData ? undefined : query.data)
  const edits = useItemEdits(lookups.ownerName)
  const bulk = useBulkEdit(search, query.data?.items ?? noItems, lookups.ownerName)
  const [creating, setCreating] = useState(false)
  const [created, setCreated] = useState<ActionItem | null>(null)
  const active = countActiveFilters(view)
  const total = shown?.total

  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Action items</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {total === undefined ? 'From the meeting notes' : `${total.toLocaleString()} matching`}
            {' · '}overdue as of {today} ({timeZone})
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ExportCsvButton {...{ view, today, weekStart, lookups, total }} />
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setCreated(null)
              setCreating(true)
            }}
          >
            New action item
          </button>
        </div>
      </header>
      {creating ? (
        <NewItemDialog
          lookups={lookups}
          today={today}
          onClose={() => setCreating(false)}
          onCreated={setCreated}
        />
      ) : null}

      <SavedViews currentSearch={writeView({ ...view, page: 1 }).toString()} />

      <IgnoredParamsNotice ignored={[...ignored, ...pastLastPage]} onDismiss={dismissIgnored} />
      <EditFailureAlerts
        failures={edits.failures}
        onRetry={edits.retry}
        onDismiss={edits.dismiss}
      />
      <BulkOutcomeNotice outcome={bulk.outcome} onDismiss={bulk.dismissOutcome} />
      {created ? (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          Created “{created.title}”.
        </p>
      ) : null}

      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-6">
        <FiltersDisclosure active={active} onClear={clearFilters}>
          <FilterPanel view={view} facets={shown?.facets} lookups={lookups} onChange={update} />
        </FiltersDisclosure>

        <div className="min-w-0 space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <SearchInput view={view} onChange={update} />
            <SortSelect sort={view.sort} onSort={(sort) => update({ sort })} />
          </div>
          {query.isPending ? <Loading label="Loading action items…" /> : null}
          {query.isError ? (
            <ErrorPanel
              title="Could not load action items"
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          ) : null}
          {shown && shown.total === 0 ? (
            <EmptyState>
              No action items match these filters.{' '}
              {active > 0 ? (
                <button type="button" className="underline" onClick={clearFilters}>
                  Clear filters
                </button>
              ) : null}
            </EmptyState>
          ) : null}
          {shown && shown.total > 0 ? (
            <div aria-busy={query.isFetching || catchingUp} className="space-y-3">
              <ItemsTable
                items={shown.items}
                sort={view.sort}
                onSort={(sort) => update({ sort })}
                lookups={lookups}
                today={today}
                weekStart={weekStart}
                onEdit={edits.edit}
                selected={bulk.selected}
                onSelect={bulk.toggle}
                onSelectAll={bulk.toggleAll}
                scrollKey={search}
              />
              {bulk.selected.size > 0 ? (
                <BulkBar
                  count={bulk.selected.size}
                  lookups={lookups}
                  pending={bulk.pending}
                  onApply={bulk.apply}
                  onClear={bulk.clear}
                />
              ) : null}
              <Pager
                page={view.page}
                pageSize={view.pageSize}
                total={shown.total}
                onPage={(page) => update({ page })}
                onPageSize={(pageSize) => update({ pageSize })}
              />
            </div>
          ) : null}
        </div>
      </div>
    </div>
  )
}
