import { Temporal } from 'temporal-polyfill'
import type { Shift } from '@/contract/rota'
import { parseInstant } from './time'

export interface DayLength {
  date: string
  hours: number
}

function getDayStart(date: Temporal.PlainDate, timeZone: string): Temporal.Instant {
  return date.toZonedDateTime({ timeZone }).toInstant()
}

/** Days in [fromDate, toDate) whose length is not 24 hours in the zone (23 or 25 at a change). */
export function dayLengthsHours(timeZone: string, fromDate: string, toDate: string): DayLength[] {
  const end = Temporal.PlainDate.from(toDate)
  const days: DayLength[] = []
  for (let date = Temporal.PlainDate.from(fromDate); Temporal.PlainDate.compare(date, end) < 0;) {
    const next = date.add({ days: 1 })
    const ms = getDayStart(next, timeZone).epochMilliseconds
    const hours = (ms - getDayStart(date, timeZone).epochMilliseconds) / 3_600_000
    if (hours !== 24) days.push({ date: date.toString(), hours })
    date = next
  }
  return days
}

export interface TeamWeekHours {
  weekStart: string
  hoursByTeam: Record<string, number>
}

function getWeekStart(date: Temporal.PlainDate, weekStart: 'mon' | 'sun'): Temporal.PlainDate {
  const back = weekStart === 'mon' ? date.dayOfWeek - 1 : date.dayOfWeek % 7
  return date.subtract({ days: back })
}

/** Shift hours per team per week, split at week boundaries (local midnight in `timeZone`). */
export function hoursByTeamPerWeek(
  shifts: Shift[],
  weekStart: 'mon' | 'sun',
  timeZone: string,
): TeamWeekHours[] {
  const weeks = new Map<string, Record<string, number>>()
  for (const shift of shifts) {
    const end = parseInstant(shift.end)
    let cursor = parseInstant(shift.start)
    while (Temporal.Instant.compare(cursor, end) < 0) {
      const week = getWeekStart(cursor.toZonedDateTimeISO(timeZone).toPlainDate(), weekStart)
      const weekEnd = getDayStart(week.add({ days: 7 }), timeZone)
      const stop = Temporal.Instant.compare(weekEnd, end) < 0 ? weekEnd : end
      const hours = (stop.epochMilliseconds - cursor.epochMilliseconds) / 3_600_000
      const byTeam = weeks.get(week.toString()) ?? {}
      byTeam[shift.teamId] = (byTeam[shift.teamId] ?? 0) + hours
      weeks.set(week.toString(), byTeam)
      cursor = stop
    }
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, hoursByTeam]) => ({ weekStart: week, hoursByTeam }))
}
