import { useMemo, useState } from 'react'
import type { Account, Shift } from '@/contract'
import { QueryView } from '@/components/ui/query-view'
import { useShifts } from '@/features/accounts/api/get-shifts'
import { calendarDateIn, useNow } from '@/lib/use-now'
import { useViewerSettings } from '@/lib/viewer-settings'
import { shortZoneName } from '../lib/clocks'
import { findCoverageRuns } from '../lib/coverage-runs'
import { useDirectory, type Directory } from '../lib/use-directory'
import { useShownWeek } from '../lib/use-shown-week'
import { addDays, buildWeek, firstDayOfWeek, type WeekRange } from '../lib/week-range'
import { CoverageRunsList } from './coverage-runs-list'
import { formatDay } from './day-header'
import { ShiftClocks } from './shift-clocks'
import { ShiftTable } from './shift-table'
import { UnreadableWeekNotice } from './unreadable-week-notice'
import { WeekLegend } from './week-legend'
import { WeekTimeline } from './week-timeline'
import { ZoneSelect } from './zone-select'

function pickDefault(shifts: Shift[], now: Date): Shift | undefined {
  const at = now.toISOString()
  return shifts.find((s) => s.start <= at && s.end > at) ?? shifts[0]
}

function weekLabel(week: WeekRange): string {
  const last = week.days.at(-1)?.date ?? week.toDate
  return `${formatDay(week.fromDate)} – ${formatDay(last)} ${last.slice(0, 4)}`
}

interface WeekBodyProps {
  account: Account
  week: WeekRange
  shifts: Shift[]
  showTable: boolean
  directory: Directory
  now: Date
}

function WeekBody({ account, week, shifts, showTable, directory, now }: WeekBodyProps) {
  const { timeZone } = useViewerSettings()
  const [selectedUid, setSelectedUid] = useState<string | null>(null)
  const sorted = useMemo(() => [...shifts].sort((a, b) => a.start.localeCompare(b.start)), [shifts])
  const runs = useMemo(
    () => findCoverageRuns(sorted, Date.parse(week.from), Date.parse(week.to)),
    [sorted, week],
  )
  const selected = sorted.find((s) => s.uid === selectedUid) ?? pickDefault(sorted, now)
  const layerName = (id: string) => account.rota.layers.find((l) => l.id === id)?.name ?? id
  const zones = { customerZone: account.customerTimeZone, viewerZone: timeZone, directory }

  return (
    <div className="space-y-3">
      {showTable ? (
        <ShiftTable {...zones} shifts={sorted} caption={`Shifts, ${weekLabel(week)}`} />
      ) : (
        <>
          <p className="text-xs text-slate-500 md:hidden dark:text-slate-400" aria-hidden="true">
            Scroll the timeline sideways to see the whole week →
          </p>
          <WeekTimeline
            week={week}
            layers={account.rota.layers}
            shifts={sorted}
            runs={runs}
            viewerZone={timeZone}
            directory={directory}
            now={now}
            selectedUid={selected?.uid ?? null}
            onSelect={setSelectedUid}
          />
          <WeekLegend />
          {selected ? <ShiftClocks {...zones} shift={selected} /> : null}
        </>
      )}
      {sorted.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No shifts in this week.</p>
      ) : null}
      <CoverageRunsList
        runs={runs}
        week={{ from: Date.parse(week.from), to: Date.parse(week.to) }}
        viewerZone={timeZone}
        layerName={layerName}
      />
    </div>
  )
}

/** A week of the account's rota in the viewer's zone, in three clocks, with gaps and overlaps. */
export function WeekView({ account }: { account: Account }) {
  const { timeZone, weekStart } = useViewerSettings()
  const now = useNow(60_000)
  const [showTable, setShowTable] = useState(false)
  const directory = useDirectory()
  const thisWeek = firstDayOfWeek(calendarDateIn(timeZone, now), weekStart)
  const { fromDate, unreadable, hasPrevious, hasNext, showWeek } = useShownWeek(thisWeek, weekStart)
  const week = useMemo(() => buildWeek(fromDate, timeZone), [fromDate, timeZone])
  const query = useShifts(account.id, { from: week.from, to: week.to })

  return (
    <div className="space-y-3">
      {unreadable ? (
        <UnreadableWeekNotice onDismiss={() => showWeek(null, { replace: true })} />
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <div className="no-print inline-flex" role="group" aria-label="Change week">
            <button
              type="button"
              aria-label="Previous week"
              className="btn rounded-r-none px-2 sm:px-3"
              disabled={!hasPrevious}
              onClick={() => showWeek(addDays(fromDate, -7))}
            >
              <span aria-hidden="true">
                ← Previous<span className="hidden sm:inline"> week</span>
              </span>
            </button>
            <button
              type="button"
              className="btn -ml-px rounded-none px-2 whitespace-nowrap sm:px-3"
              disabled={fromDate === thisWeek}
              onClick={() => showWeek(null)}
            >
              This week
            </button>
            <button
              type="button"
              aria-label="Next week"
              className="btn -ml-px rounded-l-none px-2 sm:px-3"
              disabled={!hasNext}
              onClick={() => showWeek(addDays(fromDate, 7))}
            >
              <span aria-hidden="true">
                Next<span className="hidden sm:inline"> week</span> →
              </span>
            </button>
          </div>
          <p className="text-sm font-semibold" aria-live="polite">
            {weekLabel(week)}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              {' '}
              · {shortZoneName(timeZone)} time
            </span>
          </p>
        </div>
        <div className="no-print flex w-full flex-wrap items-center gap-3 sm:w-auto">
          <ZoneSelect account={account} directory={directory} />
          <button
            type="button"
            className={`btn ${showTable ? 'btn-primary' : ''}`}
            aria-pressed={showTable}
            onClick={() => setShowTable(!showTable)}
          >
            Show as table
          </button>
        </div>
      </div>
      <QueryView query={query} what="this week's shifts">
        {(data) => (
          <WeekBody
            key={week.from}
            account={account}
            week={week}
            shifts={data.shifts}
            showTable={showTable}
            directory={directory}
            now={now}
          />
        )}
      </QueryView>
    </div>
  )
}
