import type { Shift } from '@/contract/rota'
import {
  isoWeekdayOf,
  localEpochDayOf,
  parseEpochMs,
  startOfDayEpochMs,
} from '@/domain/rota/zone-clock'

export interface ShiftHours {
  total: number
  weekend: number
}

export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100
}

/** Hours of a shift, and how many fall on a Saturday or Sunday in the layer's own zone. */
export function measureShift(shift: Shift): ShiftHours {
  const zone = shift.timeZone
  const start = parseEpochMs(shift.start)
  const end = parseEpochMs(shift.end)
  let cursor = start
  let weekendMs = 0
  while (cursor < end) {
    const day = localEpochDayOf(zone, cursor)
    const stop = Math.min(startOfDayEpochMs(zone, day + 1), end)
    if (isoWeekdayOf(day) >= 6) weekendMs += stop - cursor
    cursor = stop
  }
  return { total: (end - start) / 3_600_000, weekend: weekendMs / 3_600_000 }
}
