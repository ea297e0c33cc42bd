import type { Shift } from '@/contract/rota'
import type { ExportContext } from './export-context'
import { measureShift, roundHours } from './shift-hours'
import { writeCsv } from './write-csv'

export const HOURS_COLUMNS = [
  'person',
  'team',
  'weekday_h',
  'weekend_h',
  'total_h',
  'shifts',
] as const

interface Tally {
  personId: string
  teamId: string
  weekend: number
  total: number
  shifts: number
}

/**
 * On-call hours per person and team, split weekday/weekend in each layer's zone, counting
 * only the hours inside `context.period` when it is given.
 */
export function hoursReportCsv(shifts: Shift[], context: ExportContext): string {
  const tallies = new Map<string, Tally>()
  for (const shift of shifts) {
    const key = `${shift.assigneeId}\u0000${shift.teamId}`
    const tally = tallies.get(key) ?? {
      personId: shift.assigneeId,
      teamId: shift.teamId,
      weekend: 0,
      total: 0,
      shifts: 0,
    }
    const hours = measureShift(shift, context.period)
    tally.weekend += hours.weekend
    tally.total += hours.total
    tally.shifts += 1
    tallies.set(key, tally)
  }
  const rows = [...tallies.values()].map((t) => {
    const person = context.people[t.personId] ?? t.personId
    const team = context.teams[t.teamId] ?? t.teamId
    const total = roundHours(t.total)
    const weekend = roundHours(t.weekend)
    return [person, team, roundHours(total - weekend), weekend, total, t.shifts]
  })
  rows.sort(
    (a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])),
  )
  return writeCsv(HOURS_COLUMNS, rows)
}
