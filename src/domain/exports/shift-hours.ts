import { Temporal } from 'temporal-polyfill'
import type { Shift } from '@/contract/rota'

export interface ShiftHours {
  total: number
  weekend: number
}

export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100
}

/** Hours of a shift, and how many fall on a Saturday or Sunday in the layer's own zone. */
export function measureShift(shift: Shift): ShiftHours {
  const end = Temporal.Instant.from(shift.end)
  let cursor = Temporal.Instant.from(shift.start).toZonedDateTimeISO(shift.timeZone)
  let weekendMs = 0
  while (Temporal.Instant.compare(cursor.toInstant(), end) < 0) {
    const midnight = cursor.toPlainDate().add({ days: 1 }).toZonedDateTime(shift.timeZone)
    const stop =
      Temporal.Instant.compare(midnight.toInstant(), end) < 0 ? midnight.toInstant() : end
    if (cursor.dayOfWeek >= 6) weekendMs += stop.epochMilliseconds - cursor.epochMilliseconds
    cursor = stop.toZonedDateTimeISO(shift.timeZone)
  }
  const totalMs = end.epochMilliseconds - Temporal.Instant.from(shift.start).epochMilliseconds
  return { total: totalMs / 3_600_000, weekend: weekendMs / 3_600_000 }
}
