import type { Shift } from '@/contract/rota'
import type { HoursOptions } from './export-context'
import { tallyPersonHours } from './person-hours'
import { roundHours } from './shift-hours'
import { writeCsv } from './write-csv'

export const HOURS_COLUMNS = [
  'person',
  'team',
  'weekday_h',
  'weekend_h',
  'total_h',
  'shifts',
] as const

/**
 * On-call hours per person and team, split weekday/weekend in each layer's zone, counting
 * only the hours inside `options.period` when it is given. Overlapping shifts of one person
 * are counted once (see `tallyPersonHours`); cancelled shifts never count.
 */
export function hoursReportCsv(shifts: Shift[], options: HoursOptions): string {
  const tallies = tallyPersonHours(shifts, options)
  const rows = tallies.map((t) => {
    const person = options.people[t.personId] ?? t.personId
    const team = options.teams[t.teamId] ?? t.teamId
    const total = roundHours(t.total)
    const weekend = roundHours(t.weekend)
    return [person, team, roundHours(total - weekend), weekend, total, t.shifts]
  })
  rows.sort(
    (a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])),
  )
  return writeCsv(HOURS_COLUMNS, rows)
}
