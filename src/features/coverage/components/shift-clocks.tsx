import type { Shift } from '@/contract'
import { shortZoneName, formatClockRange, hoursBetween } from '../lib/clocks'
import type { Directory } from '../lib/use-directory'

interface ShiftClocksProps {
  shift: Shift
  customerZone: string
  viewerZone: string
  directory: Directory
}

/** One shift in the customer's, the team's and the viewer's clock. */
export function ShiftClocks({ shift, customerZone, viewerZone, directory }: ShiftClocksProps) {
  const clocks = [
    { label: 'Customer', zone: customerZone },
    { label: 'Team', zone: shift.timeZone },
    { label: 'You', zone: viewerZone },
  ]
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-3 dark:border-slate-800 dark:bg-slate-950">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="font-semibold">
          {directory.personName(shift.assigneeId)}
          <span className="font-normal text-slate-600 dark:text-slate-400">
            {' '}
            · {[...new Set([shift.layerName, directory.teamName(shift.teamId)])].join(' · ')}
          </span>
        </p>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {hoursBetween(shift.start, shift.end)} h ·{' '}
          {shift.coverage === 'full' ? 'full coverage' : 'monitored only'}
          {shift.source === 'override' ? ' · override' : ''}
        </p>
      </div>
      <dl className="mt-2 grid gap-2 sm:grid-cols-3">
        {clocks.map(({ label, zone }) => (
          <div key={label} className="rounded bg-white px-2 py-1.5 dark:bg-slate-900">
            <dt className="text-xs text-slate-500 dark:text-slate-400">
              {label} · {shortZoneName(zone)}
            </dt>
            <dd className="text-sm font-medium tabular-nums">
              {formatClockRange(shift.start, shift.end, zone)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
