import type { Layer, Shift } from '@/contract'
import { formatTimeInZone } from '@/lib/format'
import { formatClockRange } from '../lib/clocks'
import type { CoverageRun } from '../lib/coverage-runs'
import { layerTone, runStyles } from '../lib/layer-tones'
import type { Directory } from '../lib/use-directory'
import type { WeekRange } from '../lib/week-range'
import { DayHeader } from './day-header'

interface WeekTimelineProps {
  week: WeekRange
  layers: Layer[]
  shifts: Shift[]
  runs: CoverageRun[]
  viewerZone: string
  directory: Directory
  now: Date
  selectedUid: string | null
  onSelect(uid: string): void
}

// minmax(0, …): in print, where the timeline loses its screen width, the days squeeze to fit.
const ROW = 'grid grid-cols-[7.5rem_minmax(0,1fr)] md:grid-cols-[11rem_minmax(0,1fr)]'
const LABEL =
  'sticky left-0 z-10 border-r border-slate-200 bg-white px-2 py-2 dark:border-slate-800 dark:bg-slate-900'

function spanStyle(start: number, end: number, week: WeekRange) {
  const from = Date.parse(week.from)
  const total = Date.parse(week.to) - from
  const left = ((Math.max(start, from) - from) / total) * 100
  const right = ((Math.min(end, from + total) - from) / total) * 100
  return { left: `${left}%`, width: `${Math.max(right - left, 0.4)}%` }
}

function DayLines({ week }: { week: WeekRange }) {
  return (
    <>
      {week.days.slice(1).map((day) => (
        <span
          key={day.date}
          aria-hidden="true"
          className="absolute inset-y-0 border-l border-slate-200 dark:border-slate-800"
          style={{ left: spanStyle(Date.parse(day.start), Date.parse(day.start), week).left }}
        />
      ))}
    </>
  )
}

function NowLine({ week, now }: { week: WeekRange; now: Date }) {
  const at = now.getTime()
  if (at < Date.parse(week.from) || at >= Date.parse(week.to)) return null
  return (
    <span
      aria-hidden="true"
      className="absolute inset-y-0 z-[5] w-0.5 bg-rose-500"
      style={{ left: spanStyle(at, at, week).left }}
    />
  )
}

interface LaneProps extends Omit<WeekTimelineProps, 'layers' | 'runs'> {
  layer: Layer
  index: number
}

function Lane({
  layer,
  index,
  shifts,
  week,
  viewerZone,
  directory,
  now,
  selectedUid,
  onSelect,
}: LaneProps) {
  const tone = layerTone(index, layer.coverage)
  return (
    <div className={`${ROW} border-b border-slate-200 dark:border-slate-800`}>
      <div className={LABEL}>
        <p className="truncate text-sm font-medium" title={layer.name}>
          {layer.name}
        </p>
        <p className="truncate text-xs text-slate-500 dark:text-slate-400">
          {directory.teamName(layer.teamId)} · {layer.coverage === 'full' ? 'Full' : 'Monitored'}
        </p>
      </div>
      <div className="relative h-14">
        <DayLines week={week} />
        <NowLine week={week} now={now} />
        {shifts.map((shift) => {
          const start = Date.parse(shift.start)
          const end = Date.parse(shift.end)
          const name = directory.personName(shift.assigneeId)
          const time = formatClockRange(start, end, viewerZone)
          const selected = shift.uid === selectedUid
          return (
            <button
              key={shift.uid}
              type="button"
              aria-pressed={selected}
              aria-label={`${name}, ${layer.name}, ${time}${shift.source === 'override' ? ', override' : ''}`}
              onClick={() => onSelect(shift.uid)}
              className={`@container absolute top-1.5 bottom-1.5 z-[6] overflow-hidden rounded border px-1 text-left text-xs leading-tight shadow-sm ${tone} ${selected ? 'ring-2 ring-offset-1 ring-slate-900 dark:ring-white dark:ring-offset-slate-900' : ''}`}
              style={spanStyle(start, end, week)}
            >
              <span className="block truncate font-semibold">
                {shift.source === 'override' ? '↻ ' : ''}
                {name.split(' ')[0]}
              </span>
              <span className="hidden truncate tabular-nums opacity-90 @[2.75rem]:block">
                {formatTimeInZone(shift.start, viewerZone)}
              </span>
            </button>
          )
        })}
      </div>
    </div>
  )
}

function CoverageLane({ runs, week }: { runs: CoverageRun[]; week: WeekRange }) {
  return (
    <div className={ROW}>
      <div className={LABEL}>
        <p className="text-sm font-medium">Sev1 coverage</p>
        <p className="text-xs text-slate-500 dark:text-slate-400">Gaps and overlaps</p>
      </div>
      <div className="relative h-9" aria-hidden="true">
        <DayLines week={week} />
        {runs.map((run) => (
          <span
            key={`${run.kind}-${run.start}`}
            title={runStyles[run.kind].label}
            className={`absolute top-1.5 bottom-1.5 rounded border ${runStyles[run.kind].className}`}
            style={{
              ...spanStyle(run.start, run.end, week),
              backgroundImage: runStyles[run.kind].image,
            }}
          />
        ))}
      </div>
    </div>
  )
}

/**
 * The week as lanes: one per layer, bars placed by real elapsed time, so a 25-hour day is
 * wider.
 */
export function WeekTimeline(props: WeekTimelineProps) {
  const { week, layers, shifts, runs, viewerZone, now } = props
  return (
    <div
      role="region"
      aria-label="Week timeline (scrolls sideways)"
      tabIndex={0}
      className={
        'print-fit relative overflow-x-auto rounded-md border border-slate-200 ' +
        'dark:border-slate-800'
      }
    >
      <div className="print-fit min-w-[52rem]">
        <div className={`${ROW} border-b border-slate-200 dark:border-slate-800`}>
          <div className={`${LABEL} text-xs font-medium text-slate-500 dark:text-slate-400`}>
            Layer
          </div>
          <DayHeader week={week} viewerZone={viewerZone} now={now} />
        </div>
        {layers.map((layer, index) => (
          <Lane
            key={layer.id}
            {...props}
            layer={layer}
            index={index}
            shifts={shifts.filter((s) => s.layerId === layer.id)}
          />
        ))}
        <CoverageLane runs={runs} week={week} />
      </div>
    </div>
  )
}
