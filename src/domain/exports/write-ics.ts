import ICAL from 'ical.js'
import { parseEpochMs, toWallClock } from '@/domain/rota/zone-clock'
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

// ical.js counts its fold length after the space that starts a continuation line, so at its
// default of 75 those lines are 76 octets long. At 74, no physical line is over 75.
const FOLD_LENGTH = 74

function listYears(events: IcsEvent[], now: string): [number, number] {
  const years = [now, ...events.flatMap((e) => [e.start, e.end])].map((t) => Number(t.slice(0, 4)))
  return [Math.min(...years) - 1, Math.max(...years) + 1]
}

/** Built from the instant's UTC fields, so the host's zone never enters. */
function toUtcTime(instant: string): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(instant), true)
}

function addTime(event: ICAL.Component, name: string, instant: string, zone: string | null) {
  if (zone === null) {
    event.addPropertyWithValue(name, toUtcTime(instant))
    return
  }
  // A floating wall-clock time; TZID and the calendar's VTIMEZONE say where it is.
  const { wall } = toWallClock(zone, parseEpochMs(instant))
  event.addPropertyWithValue(name, ICAL.Time.fromDateTimeString(wall)).setParameter('tzid', zone)
}

function buildEvent(source: IcsEvent, stamp: ICAL.Time, mode: IcsCalendar['mode']) {
  const event = new ICAL.Component('vevent')
  const zone = mode === 'local' ? source.timeZone : null
  event.addPropertyWithValue('uid', source.uid)
  event.addPropertyWithValue('sequence', source.sequence)
  event.addPropertyWithValue('dtstamp', stamp)
  addTime(event, 'dtstart', source.start, zone)
  addTime(event, 'dtend', source.end, zone)
  event.addPropertyWithValue('summary', normalizeLineBreaks(source.summary))
  event.addPropertyWithValue('transp', 'TRANSPARENT')
  event.addPropertyWithValue('description', normalizeLineBreaks(source.description))
  event.addPropertyWithValue('status', source.cancelled ? 'CANCELLED' : 'CONFIRMED')
  return event
}

function buildCalendar(name: string): ICAL.Component {
  const calendar = new ICAL.Component('vcalendar')
  calendar.addPropertyWithValue('version', '2.0')
  calendar.addPropertyWithValue('prodid', '-//OpModel//Coverage rota//EN')
  calendar.addPropertyWithValue('calscale', 'GREGORIAN')
  calendar.addPropertyWithValue('method', 'PUBLISH')
  // ical.js escapes the text of properties it knows; these two it writes as given.
  calendar.addPropertyWithValue('name', escapeIcsText(name))
  calendar.addPropertyWithValue('x-wr-calname', escapeIcsText(name))
  return calendar
}

/** One VTIMEZONE per zone, in the order the events first use them. */
function addTimeZones(calendar: ICAL.Component, events: IcsEvent[], now: string) {
  const [fromYear, toYear] = listYears(events, now)
  for (const zone of new Set(events.map((event) => event.timeZone))) {
    const text = buildVtimezone(zone, fromYear, toYear)
    calendar.addSubcomponent(new ICAL.Component(ICAL.parse(text)))
  }
}

function stringifyFolded(calendar: ICAL.Component): string {
  const defaultLength = ICAL.foldLength
  ICAL.foldLength = FOLD_LENGTH
  try {
    return calendar.toString()
  } finally {
    ICAL.foldLength = defaultLength
  }
}

/**
 * Writes the calendar with ical.js (decision 0006): it escapes text and folds by UTF-8
 * octets without splitting a character. DTSTAMP is UTC in both modes.
 */
export function writeIcs(events: IcsEvent[], options: IcsCalendar): string {
  const calendar = buildCalendar(options.name)
  if (options.mode === 'local') addTimeZones(calendar, events, options.now)
  const stamp = toUtcTime(options.now)
  for (const event of events) calendar.addSubcomponent(buildEvent(event, stamp, options.mode))
  return `${stringifyFolded(calendar)}\r\n`
}
