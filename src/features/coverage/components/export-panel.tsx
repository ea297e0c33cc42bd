import { calendarNameFor } from '@/domain/exports/calendar-name'
import { useQueries } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { Account } from '@/contract'
import { QueryView } from '@/components/ui/query-view'
import { accountQueryOptions } from '@/features/accounts/api/get-account'
import { useAccounts } from '@/features/accounts/api/get-accounts'
import { calendarDateIn } from '@/lib/use-now'
import { useViewerSettings } from '@/lib/viewer-settings'
import { checkRange, presetRange, type DateRange } from '../lib/export-range'
import { useDirectory, type Directory } from '../lib/use-directory'
import { useExportShifts } from '../lib/use-export-shifts'
import { startOfDay } from '../lib/week-range'
import { ExportDownloads } from './export-downloads'
import { ExportFilterFields, type ExportFilters } from './export-filter-fields'
import { ExportFormatFields, type ExportFormat } from './export-format-fields'
import { ExportRangeFields } from './export-range-fields'

function useAccountDetails(ids: string[]): Account[] {
  return useQueries({
    queries: ids.map((id) => accountQueryOptions(id)),
    combine: (results) => results.flatMap((r) => (r.data ? [r.data.account] : [])),
  })
}

/** The viewer's zone, UTC, the customers' and the rotas' zones, and those of the people on call. */
function listZones(viewerZone: string, details: Account[], directory: Directory): string[] {
  const zones = new Set([viewerZone, 'UTC'])
  for (const account of details) {
    zones.add(account.customerTimeZone)
    for (const layer of account.rota.layers) zones.add(layer.timeZone)
  }
  for (const account of details) {
    for (const layer of account.rota.layers) {
      for (const member of layer.rotation.members) {
        const zone = directory.personZone(member)
        if (zone) zones.add(zone)
      }
    }
  }
  return [...zones]
}

interface ExportFormProps {
  all: { id: string; name: string }[]
  initialIds: string[]
  today: string
}

function ExportForm({ all, initialIds, today }: ExportFormProps) {
  const viewer = useViewerSettings()
  const directory = useDirectory()
  const [selected, setSelected] = useState(initialIds)
  const [filters, setFilters] = useState<ExportFilters>({ layer: '', team: '', person: '' })
  const [range, setRange] = useState<DateRange>(() =>
    presetRange('four-weeks', today, viewer.weekStart),
  )
  const [format, setFormat] = useState<ExportFormat>({
    weekStart: viewer.weekStart,
    zone: viewer.timeZone,
    icsMode: 'utc',
  })
  const details = useAccountDetails(selected)
  const problem = checkRange(range)
  const shiftRange = useMemo(
    () =>
      problem
        ? { from: '', to: '' }
        : {
            from: startOfDay(range.fromDate, format.zone),
            to: startOfDay(range.toDate, format.zone),
            ...filters,
          },
    [problem, range, format.zone, filters],
  )
  const data = useExportShifts(selected, shiftRange, problem === null)
  const names = Object.fromEntries(all.map((a) => [a.id, a.name]))
  const context = {
    people: directory.people,
    teams: directory.teams,
    accounts: names,
    viewerTimeZone: format.zone,
    calendarName: calendarNameFor(selected.map((id) => names[id] ?? id)),
    period: problem ? undefined : { from: shiftRange.from, to: shiftRange.to },
  }

  return (
    <form
      className="space-y-5"
      onSubmit={(event) => event.preventDefault()}
      aria-label="Export coverage"
    >
      <div className="grid gap-5 lg:grid-cols-2">
        <ExportFilterFields
          all={all.map((a) => ({ id: a.id, name: a.name }))}
          selected={selected}
          details={details}
          filters={filters}
          directory={directory}
          onSelect={setSelected}
          onFilter={setFilters}
        />
        <ExportRangeFields
          range={range}
          today={today}
          weekStart={format.weekStart}
          zone={format.zone}
          problem={problem}
          onChange={setRange}
        />
      </div>
      <ExportFormatFields
        format={format}
        zones={listZones(viewer.timeZone, details, directory)}
        onChange={setFormat}
      />
      <ExportDownloads
        data={data}
        problem={problem}
        accountIds={selected}
        range={range}
        icsMode={format.icsMode}
        context={context}
      />
    </form>
  )
}

/** Pick accounts, a range and filters; download the rota as a calendar or spreadsheet. */
export function ExportPanel({ initialAccountIds }: { initialAccountIds?: string[] }) {
  const { timeZone } = useViewerSettings()
  const [today] = useState(() => calendarDateIn(timeZone, new Date()))
  const accounts = useAccounts(today)

  return (
    <QueryView query={accounts} what="the accounts to export">
      {({ accounts: all }) => (
        <ExportForm
          all={all}
          initialIds={initialAccountIds ?? all.map((a) => a.id)}
          today={today}
        />
      )}
    </QueryView>
  )
}
