import { Temporal } from 'temporal-polyfill'

function formatOffset(nanoseconds: number): string {
  const minutes = Math.round(nanoseconds / 60e9)
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
}

function formatLocal(dateTime: Temporal.PlainDateTime): string {
  return dateTime.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '')
}

function buildObservance(from: number, to: number, local: Temporal.PlainDateTime): string[] {
  const kind = to > from ? 'DAYLIGHT' : 'STANDARD'
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatLocal(local)}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `END:${kind}`,
  ]
}

/**
 * A VTIMEZONE listing every transition of an IANA zone between two years, one observance
 * per transition and no RRULE, so that readers need not guess future rules.
 */
export function buildVtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const first = Temporal.PlainDate.from({ year: fromYear, month: 1, day: 1 })
  const end = Temporal.PlainDate.from({ year: toYear + 1, month: 1, day: 1 })
    .toZonedDateTime(timeZone)
    .toInstant()
  let cursor = first.toZonedDateTime(timeZone)
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`]
  lines.push(
    ...buildObservance(
      cursor.offsetNanoseconds,
      cursor.offsetNanoseconds,
      cursor.toPlainDateTime(),
    ),
  )
  for (;;) {
    const next = cursor.getTimeZoneTransition('next')
    if (!next || Temporal.Instant.compare(next.toInstant(), end) >= 0) break
    const before = next.subtract({ nanoseconds: 1 }).offsetNanoseconds
    // DTSTART of an observance is the wall time in the offset being left.
    const local = next
      .toInstant()
      .toZonedDateTimeISO(formatOffset(before).replace(/(\d\d)(\d\d)$/, '$1:$2'))
    lines.push(...buildObservance(before, next.offsetNanoseconds, local.toPlainDateTime()))
    cursor = next
  }
  lines.push('END:VTIMEZONE')
  return lines.join('\r\n')
}
