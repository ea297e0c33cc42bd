import { Temporal } from 'temporal-polyfill'
import { SUPPORTED_YEARS } from '@/contract'
import type { WeekStart } from '@/lib/viewer-settings'

export interface WeekDay {
  date: string
  start: string
  end: string
  hours: number
}

export interface WeekRange {
  fromDate: string
  toDate: string
  from: string
  to: string
  days: WeekDay[]
}

/** The instant a calendar day begins in a zone (not always 00:00 on a clock-change day). */
export function startOfDay(date: string, timeZone: string): string {
  const instant = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).toInstant()
  return instant.toString({ smallestUnit: 'second' })
}

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString()
}

export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' })
    .days
}

export function firstDayOfWeek(date: string, weekStart: WeekStart): string {
  const day = Temporal.PlainDate.from(date)
  const back = weekStart === 'mon' ? day.dayOfWeek - 1 : day.dayOfWeek % 7
  return day.subtract({ days: back }).toString()
}

/** Whether all seven days of the week from `fromDate` lie in the years the API serves. */
export function isSupportedWeek(fromDate: string): boolean {
  const first = Temporal.PlainDate.from(fromDate).year
  const last = Temporal.PlainDate.from(addDays(fromDate, 6)).year
  return first >= SUPPORTED_YEARS.first && last <= SUPPORTED_YEARS.last
}

/** Seven days in the viewer's zone, from `fromDate`, the first day of a week. */
export function buildWeek(fromDate: string, zone: string) {
  const days: WeekDay[] = Array.from({ length: 7 }, (_, index) => {
    const date = addDays(fromDate, index)
    const start = startOfDay(date, zone)
    const end = startOfDay(addDays(date, 1), zone)
    return { date, start, end, hours: (Date.parse(end) - Date.parse(start)) / 3_600_000 }
  })
  const toDate = addDays(fromDate, 7)
  const range: WeekRange = {
    fromDate,
    toDate,
    from: startOfDay(fromDate, zone),
    to: startOfDay(toDate, zone),
    days,
  }
  return range
}
