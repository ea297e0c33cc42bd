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

/** Hours from `start` to `end` (epoch ms), and how many fall on a Saturday or Sunday in `zone`. */
export function measureSpan(zone: string, start: number, end: number): ShiftHours {
  if (end <= start) return { total: 0, weekend: 0 }
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

/**
 * Hours of a shift, and how many fall on a Saturday or Sunday in the layer's own zone; with
 * a period, only the hours inside it.
 */
export function measureShift(shift: Shift, period?: { from: string; to: string }): ShiftHours {
  const start = Math.max(parseEpochMs(shift.start), period ? parseEpochMs(period.from) : -Infinity)
  const end = Math.min(parseEpochMs(shift.end), period ? parseEpochMs(period.to) : Infinity)
  return measureSpan(shift.timeZone, start, end)
}
