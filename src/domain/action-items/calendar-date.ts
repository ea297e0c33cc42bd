import { Temporal } from 'temporal-polyfill'

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

const dayNumbers = new Map<string, number | null>()

function computeDayNumber(value: string): number | null {
  const match = datePattern.exec(value)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const exists = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  return exists ? year * 10000 + month * 100 + day : null
}

/**
 * A date as the number yyyymmdd, which orders like the date, or null when the date is
 * impossible or malformed. Remembered, since lists of 50,000 items repeat few dates.
 */
export function dayNumberOf(value: string): number | null {
  let number = dayNumbers.get(value)
  if (number === undefined) {
    number = computeDayNumber(value)
    if (dayNumbers.size > 10_000) dayNumbers.clear()
    dayNumbers.set(value, number)
  }
  return number
}

/** True for a `YYYY-MM-DD` string naming a day that exists (not 2025-02-30). */
export function isValidCalendarDate(value: string): boolean {
  return dayNumberOf(value) !== null
}

/** The calendar date it is now in `timeZone` (an IANA name), whatever the machine's zone. */
export function todayInZone(timeZone: string, now: Date = new Date()): string {
  const instant = Temporal.Instant.fromEpochMilliseconds(now.getTime())
  return instant.toZonedDateTimeISO(timeZone).toPlainDate().toString()
}

/** `date` moved by whole days; `date` must be valid. */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString()
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: string): number {
  return Temporal.PlainDate.from(date).dayOfWeek
}
