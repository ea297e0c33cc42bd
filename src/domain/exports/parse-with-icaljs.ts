import ICAL from 'ical.js'

export interface ParsedEvent {
  uid: string
  start: string
  end: string
  status: string
  sequence: number
  summary: string
  description: string
}

function toIso(time: ICAL.Time): string {
  return new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z')
}

/** Test helper: reads an .ics with ical.js, registering its VTIMEZONEs first. */
export function parseWithIcalJs(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone)
  }
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      start: toIso(event.startDate),
      end: toIso(event.endDate),
      status: String(component.getFirstPropertyValue('status')),
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
    }
  })
}
