import type { Shift } from '@/contract'
import { shortZoneName, formatClockRange, hoursBetween } from '../lib/clocks'
import type { Directory } from '../lib/use-directory'

interface ShiftTableProps {
  shifts: Shift[]
  customerZone: string
  viewerZone: string
  directory: Directory
  caption: string
}

const TH = 'px-3 py-2 text-left font-medium whitespace-nowrap'

/** The same week as a table, for screen readers and narrow screens. */
export function ShiftTable({
  shifts,
  customerZone,
  viewerZone,
  directory,
  caption,
}: ShiftTableProps) {
  return (
    <div
      className={
        'print-fit relative overflow-x-auto rounded-md border border-slate-200 ' +
        'dark:border-slate-800'
      }
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
          <tr>
            <th scope="col" className={TH}>
              Assignee
            </th>
            <th scope="col" className={TH}>
              Layer
            </th>
            <th scope="col" className={TH}>
              Customer ({shortZoneName(customerZone)})
            </th>
            <th scope="col" className={TH}>
              Team zone
            </th>
            <th scope="col" className={TH}>
              You ({shortZoneName(viewerZone)})
            </th>
            <th scope="col" className={TH}>
              Hours
            </th>
            <th scope="col" className={TH}>
              Coverage
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {shifts.map((shift) => (
            <tr key={shift.uid}>
              <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                {directory.personName(shift.assigneeId)}
                {shift.source === 'override' ? (
                  <span className="ml-1 text-xs font-normal text-slate-500">(override)</span>
                ) : null}
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{shift.layerName}</td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                {formatClockRange(shift.start, shift.end, customerZone)}
              </td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                {formatClockRange(shift.start, shift.end, shift.timeZone)}
              </td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                {formatClockRange(shift.start, shift.end, viewerZone)}
              </td>
              <td className="px-3 py-2 tabular-nums">{hoursBetween(shift.start, shift.end)}</td>
              <td className="px-3 py-2">{shift.coverage === 'full' ? 'Full' : 'Monitored'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
