import type { Holiday, Layer } from '@/contract/rota'
import { weekdayNumber } from './time'
import { isoWeekdayOf, parseEpochDay, parseMinuteOfDay, wallClockToEpochMs } from './zone-clock'

/** A stretch of time in epoch milliseconds. */
export interface WindowPiece {
  start: number
  end: number
  cancelled: boolean
}

function listHolidayDays(layerId: string, holidays: Holiday[]): Set<number> {
  const days = new Set<number>()
  for (const holiday of holidays) {
    if (holiday.layerIds.length === 0 || holiday.layerIds.includes(layerId)) {
      days.add(parseEpochDay(holiday.date))
    }
  }
  return days
}

/** Every window of a layer that starts on a date in [fromDay, toDay], in the layer's zone. */
export function listLayerWindows(
  layer: Layer,
  holidays: Holiday[],
  fromDay: number,
  toDay: number,
): WindowPiece[] {
  const zone = layer.timeZone
  const holidayDays = listHolidayDays(layer.id, holidays)
  const windows = layer.windows.map((window) => ({
    weekdays: new Set(window.days.map(weekdayNumber)),
    start: parseMinuteOfDay(window.start),
    end: parseMinuteOfDay(window.end),
    overnight: window.end <= window.start,
  }))
  const pieces: WindowPiece[] = []
  for (let day = fromDay; day <= toDay; day += 1) {
    const weekday = isoWeekdayOf(day)
    for (const window of windows) {
      if (!window.weekdays.has(weekday)) continue
      const start = wallClockToEpochMs(zone, day, window.start)
      const end = wallClockToEpochMs(zone, window.overnight ? day + 1 : day, window.end)
      // A short window inside a spring-forward gap collapses to nothing.
      if (start >= end) continue
      pieces.push({ start, end, cancelled: holidayDays.has(day) })
    }
  }
  return pieces.sort((a, b) => a.start - b.start)
}
