import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator'
import { Temporal } from 'temporal-polyfill'
import { escapeIcsText, normalizeLineBreaks } from './ics-text'
import { buildVtimezone } from './vtimezone'

export interface IcsEvent {
  uid: string
  sequence: number
  start: string
  end: string
  /** Used only in local mode, for TZID. */
  timeZone: string
  summary: string
  description: string
  cancelled: boolean
}

export interface IcsCalendar {
  name: string
  now: string
  mode: 'utc' | 'local'
}

function listYears(events: IcsEvent[], now: string): [number, number] {
  const years = [now, ...events.flatMap((e) => [e.start, e.end])].map((t) => Number(t.slice(0, 4)))
  return [Math.min(...years) - 1, Math.max(...years) + 1]
}

/** Local mode hands ical-generator zoned values: a plain Date would be read in the host zone. */
function toEventTime(instant: string, timeZone: string, mode: IcsCalendar['mode']) {
  if (mode !== 'local') return new Date(instant)
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone)
}

/**
 * Writes the calendar with ical-generator, which folds at 75 octets without splitting a
 * character. A hand-written writer was 30 times faster (docs/benchmarks.md), but calendar
 * files are outside what this project exists for, so the library wins (decision 0003).
 */
export function writeIcs(events: IcsEvent[], options: IcsCalendar): string {
  const [fromYear, toYear] = listYears(events, options.now)
  const calendar = ical({
    // ical-generator writes the calendar name raw, unlike event text.
    name: escapeIcsText(options.name),
    prodId: { company: 'OpModel', product: 'Coverage rota', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    // The calendar itself has no zone, so DTSTAMP stays in UTC in both modes.
    timezone:
      options.mode === 'local'
        ? { name: null, generator: (zone) => buildVtimezone(zone, fromYear, toYear) }
        : null,
  })
  const stamp = new Date(options.now)
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp,
      start: toEventTime(event.start, event.timeZone, options.mode),
      end: toEventTime(event.end, event.timeZone, options.mode),
      timezone: options.mode === 'local' ? event.timeZone : null,
      summary: normalizeLineBreaks(event.summary),
      description: normalizeLineBreaks(event.description),
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
    })
  }
  return `${calendar.toString()}\r\n`
}
