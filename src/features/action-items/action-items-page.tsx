import { EmptyState, Loading } from '@/components/ui/loading'
import { ErrorPanel } from '@/components/ui/error-panel'
import { useActionItems } from './api/get-action-items'
import { ExportCsvButton } from './components/export-csv-button'
import { FilterPanel } from './components/filter-panel'
import { SearchInput } from './components/filter-inputs'
import { FiltersDisclosure } from './components/filters-disclosure'
import { ItemsTable } from './components/items-table'
import { EditFailureAlerts, IgnoredParamsNotice } from './components/notices'
import { Pager } from './components/pager'
import { SortSelect } from './components/sort-select'
import { useItemEdits } from './components/use-item-edits'
import { useLookups, useViewerDay } from './components/use-lookups'
import { countActiveFilters, toServerSearch, useActionItemsView } from './url-state'

export function ActionItemsPage() {
  const { view, ignored, update, clearFilters, dismissIgnored } = useActionItemsView()
  const { today, weekStart, timeZone } = useViewerDay()
  const lookups = useLookups(today)
  const query = useActionItems(toServerSearch(view, { today, weekStart }))
  const edits = useItemEdits(lookups.ownerName)
  const active = countActiveFilters(view)
  const total = query.data?.total

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
        <ExportCsvButton {...{ view, today, weekStart, lookups, total }} />
      </header>

      <IgnoredParamsNotice ignored={ignored} onDismiss={dismissIgnored} />
      <EditFailureAlerts
        failures={edits.failures}
        onRetry={edits.retry}
        onDismiss={edits.dismiss}
      />

      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-6">
        <FiltersDisclosure active={active} onClear={clearFilters}>
          <FilterPanel
            view={view}
            facets={query.data?.facets}
            lookups={lookups}
            onChange={update}
          />
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
          {query.data && query.data.total === 0 ? (
            <EmptyState>
              No action items match these filters.{' '}
              {active > 0 ? (
                <button type="button" className="underline" onClick={clearFilters}>
                  Clear filters
                </button>
              ) : null}
            </EmptyState>
          ) : null}
          {query.data && query.data.total > 0 ? (
            <div aria-busy={query.isFetching} className="space-y-3">
              <ItemsTable
                items={query.data.items}
                sort={view.sort}
                onSort={(sort) => update({ sort })}
                lookups={lookups}
                today={today}
                weekStart={weekStart}
                onEdit={edits.edit}
              />
              <Pager
                page={view.page}
                pageSize={view.pageSize}
                total={query.data.total}
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
