import { Temporal } from 'temporal-polyfill'
import type { Weekday } from '@/contract/rota'

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

export function weekdayOf(date: Temporal.PlainDate): Weekday {
  return WEEKDAYS[date.dayOfWeek - 1] ?? 'mon'
}

export function weekdayNumber(day: Weekday): number {
  return WEEKDAYS.indexOf(day) + 1
}

/** A wall-clock time on a date in a zone; a nonexistent time moves forward, an ambiguous one
 * takes the earlier instant ('compatible', as RFC 5545 prescribes). */
export function zonedInstant(date: Temporal.PlainDate, time: string, timeZone: string) {
  return date
    .toPlainDateTime(Temporal.PlainTime.from(time))
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' })
    .toInstant()
}

export function parseInstant(value: string): Temporal.Instant {
  return Temporal.Instant.from(value)
}

export function formatInstant(instant: Temporal.Instant): string {
  return instant.toString({ smallestUnit: 'second' })
}

/** `20260323T090000Z`, the form used in uids and iCalendar. */
export function compactUtc(instant: Temporal.Instant): string {
  return formatInstant(instant).replace(/[-:]/g, '')
}

export function localDateOf(instant: Temporal.Instant, timeZone: string): Temporal.PlainDate {
  return instant.toZonedDateTimeISO(timeZone).toPlainDate()
}

export function isBefore(a: Temporal.Instant, b: Temporal.Instant): boolean {
  return Temporal.Instant.compare(a, b) < 0
}

export function hoursBetween(start: Temporal.Instant, end: Temporal.Instant): number {
  return (end.epochMilliseconds - start.epochMilliseconds) / 3_600_000
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(timeZone)
    return true
  } catch {
    return false
  }
}
