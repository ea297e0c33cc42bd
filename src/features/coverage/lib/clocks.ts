const dayFormats = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    })
    dayFormats.set(timeZone, format)
  }
  return format
}

function partsOf(instant: string | number, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return { day: get('weekday'), time: `${get('hour')}:${get('minute')}`, zone: get('timeZoneName') }
}

/** "Tue 09:00–17:00 CST", or "Fri 22:00 – Sat 06:00 GMT+8" across midnight. */
export function formatClockRange(start: string | number, end: string | number, timeZone: string) {
  const a = partsOf(start, timeZone)
  const b = partsOf(end, timeZone)
  const zone = a.zone === b.zone ? a.zone : `${a.zone}/${b.zone}`
  if (a.day === b.day && end !== start) return `${a.day} ${a.time}–${b.time} ${zone}`
  return `${a.day} ${a.time} – ${b.day} ${b.time} ${zone}`
}

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'Etc/Universal', 'Etc/Zulu'])

// POSIX signs these west-positive: Etc/GMT+12 is twelve hours behind UTC.
const FIXED_OFFSET = /^Etc\/GMT([+-]?)(\d{1,2})$/
const MINUS_SIGN = '\u2212'

/** "America/Los_Angeles" → "Los Angeles"; "Etc/GMT+12" → "UTC−12"; "Etc/UTC" → "UTC". */
export function shortZoneName(timeZone: string): string {
  if (UTC_NAMES.has(timeZone)) return 'UTC'

  const fixed = FIXED_OFFSET.exec(timeZone)
  if (fixed) {
    const hours = Number(fixed[2])
    if (hours === 0) return 'UTC'
    return `UTC${fixed[1] === '-' ? '+' : MINUS_SIGN}${hours}`
  }

  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ')
}

export function hoursBetween(start: string | number, end: string | number): number {
  return Math.round(((new Date(end).getTime() - new Date(start).getTime()) / 3_600_000) * 10) / 10
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** "Sat 5 Dec 08:00 – Mon 7 Dec 00:00 GMT": a range with its dates, for lists of gaps. */
export function formatDatedRange(start: string | number, end: string | number, timeZone: string) {
  let format = dateFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    dateFormats.set(timeZone, format)
  }
  const zone = partsOf(end, timeZone).zone
  const show = (at: string | number) => format.format(new Date(at)).replace(',', '')
  return `${show(start)} – ${show(end)} ${zone}`
}
