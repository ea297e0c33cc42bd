import { Temporal } from 'temporal-polyfill'

/**
 * Fast zone arithmetic in epoch milliseconds. Temporal stays the source of truth: each
 * zone's offsets are read from it once per UTC year (the offset in force at the start and
 * every transition up to the end), and the rest is integer arithmetic. Nothing here reads
 * the host's zone.
 */

export const DAY_MS = 86_400_000
const MINUTE_MS = 60_000
const MARGIN_MS = 2 * DAY_MS

interface Segment {
  from: number
  offsetMs: number
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/** `YYYY-MM-DD` to days since the epoch. */
export function parseEpochDay(date: string): number {
  return epochDayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))
}

/** ISO day of the week, Monday 1 to Sunday 7; 1970-01-01 was a Thursday. */
export function isoWeekdayOf(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1
}

/** `HH:MM` to minutes after midnight. */
export function parseMinuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

function utcYearOf(epochMs: number): number {
  return new Date(epochMs).getUTCFullYear()
}

function loadSegments(timeZone: string, year: number): Segment[] {
  const from = Date.UTC(year, 0, 1) - MARGIN_MS
  const to = Date.UTC(year + 1, 0, 1) + MARGIN_MS
  let zoned = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(timeZone)
  const segments: Segment[] = [{ from: -Infinity, offsetMs: zoned.offsetNanoseconds / 1e6 }]
  for (;;) {
    const next = zoned.getTimeZoneTransition('next')
    if (!next || next.epochMilliseconds >= to) break
    segments.push({ from: next.epochMilliseconds, offsetMs: next.offsetNanoseconds / 1e6 })
    zoned = next
  }
  return segments
}

interface ZoneYear {
  from: number
  to: number
  segments: Segment[]
}

const zoneYears = new Map<string, Map<number, ZoneYear>>()
let lastZone = ''
let lastYear: ZoneYear = { from: 0, to: 0, segments: [] }

function getSegments(timeZone: string, epochMs: number): Segment[] {
  // Most lookups hit the zone and year of the one before.
  if (timeZone === lastZone && epochMs >= lastYear.from && epochMs < lastYear.to) {
    return lastYear.segments
  }
  const year = utcYearOf(epochMs)
  let years = zoneYears.get(timeZone)
  if (!years) {
    years = new Map()
    zoneYears.set(timeZone, years)
  }
  let entry = years.get(year)
  if (!entry) {
    const from = Date.UTC(year, 0, 1)
    entry = { from, to: Date.UTC(year + 1, 0, 1), segments: loadSegments(timeZone, year) }
    years.set(year, entry)
  }
  lastZone = timeZone
  lastYear = entry
  return entry.segments
}

/** The zone's UTC offset at an instant, in milliseconds (east positive). */
export function getOffsetMs(timeZone: string, epochMs: number): number {
  const segments = getSegments(timeZone, epochMs)
  let index = segments.length - 1
  while (index > 0 && (segments[index] as Segment).from > epochMs) index -= 1
  return (segments[index] as Segment).offsetMs
}

/** The calendar date (days since the epoch) of an instant in a zone. */
export function localEpochDayOf(timeZone: string, epochMs: number): number {
  return Math.floor((epochMs + getOffsetMs(timeZone, epochMs)) / DAY_MS)
}

function listCandidates(timeZone: string, localMs: number): number[] {
  const before = getOffsetMs(timeZone, localMs - DAY_MS)
  const after = getOffsetMs(timeZone, localMs + DAY_MS)
  const offsets = before === after ? [before] : [before, after]
  return offsets
    .map((offset) => localMs - offset)
    .filter((epochMs) => localMs - getOffsetMs(timeZone, epochMs) === epochMs)
    .sort((a, b) => a - b)
}

/**
 * A wall-clock time to an instant with Temporal's 'compatible' disambiguation: an
 * ambiguous time takes the earlier instant; a nonexistent one moves forward by the gap.
 */
export function wallClockToEpochMs(timeZone: string, epochDay: number, minuteOfDay: number) {
  const localMs = epochDay * DAY_MS + minuteOfDay * MINUTE_MS
  const found = listCandidates(timeZone, localMs)
  if (found.length > 0) return found[0] as number
  // In a gap: shift the wall time by the gap's length, as the Temporal spec does.
  const gap = getOffsetMs(timeZone, localMs + DAY_MS) - getOffsetMs(timeZone, localMs - DAY_MS)
  const later = listCandidates(timeZone, localMs + gap)
  if (later.length > 0) return later[later.length - 1] as number
  return slowWallClockToEpochMs(timeZone, epochDay, minuteOfDay)
}

function slowWallClockToEpochMs(timeZone: string, epochDay: number, minuteOfDay: number) {
  const date = new Date(epochDay * DAY_MS)
  return Temporal.PlainDateTime.from({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
  })
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' })
    .toInstant().epochMilliseconds
}

/** `2026-03-23T09:00:00Z`: whole seconds, as `formatInstant` writes them. */
export function formatEpochMs(epochMs: number): string {
  const iso = new Date(epochMs).toISOString()
  return `${iso.slice(0, iso.length - 5)}Z`
}

/** `20260323T090000Z`, the form used in uids and iCalendar. */
export function compactEpochMs(epochMs: number): string {
  return formatEpochMs(epochMs).replace(/[-:]/g, '')
}

const PLAIN_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/

/** An ISO instant to epoch milliseconds; the common whole-second UTC form skips Temporal. */
export function parseEpochMs(value: string): number {
  if (PLAIN_UTC.test(value)) return Date.parse(value)
  return Temporal.Instant.from(value).epochMilliseconds
}

/** The first instant of a calendar day in a zone (after the gap when midnight is skipped). */
export function startOfDayEpochMs(timeZone: string, epochDay: number): number {
  const localMs = epochDay * DAY_MS
  const found = listCandidates(timeZone, localMs)
  if (found.length > 0) return found[0] as number
  const before = getOffsetMs(timeZone, localMs - DAY_MS)
  const after = getOffsetMs(timeZone, localMs + DAY_MS)
  const transition = getSegments(timeZone, localMs - before).find(
    (segment) => segment.from > localMs - after && segment.from <= localMs - before,
  )
  return transition ? transition.from : slowStartOfDay(timeZone, epochDay)
}

function slowStartOfDay(timeZone: string, epochDay: number): number {
  const iso = new Date(epochDay * DAY_MS).toISOString().slice(0, 10)
  return Temporal.PlainDate.from(iso).toZonedDateTime(timeZone).toInstant().epochMilliseconds
}

/** The wall clock of an instant in a zone, `YYYY-MM-DDTHH:MM:SS`, and the offset in force. */
export function toWallClock(timeZone: string, epochMs: number) {
  const offsetMs = getOffsetMs(timeZone, epochMs)
  const iso = new Date(epochMs + offsetMs).toISOString()
  return { wall: iso.slice(0, iso.length - 5), offsetMs }
}
