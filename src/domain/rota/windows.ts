import { Temporal } from 'temporal-polyfill'
import type { Holiday, Layer } from '@/contract/rota'
import { isBefore, weekdayOf, zonedInstant } from './time'

export interface WindowPiece {
  start: Temporal.Instant
  end: Temporal.Instant
  cancelled: boolean
}

function isHolidayFor(date: Temporal.PlainDate, layerId: string, holidays: Holiday[]): boolean {
  const iso = date.toString()
  return holidays.some(
    (holiday) =>
      holiday.date === iso && (holiday.layerIds.length === 0 || holiday.layerIds.includes(layerId)),
  )
}

/** Every window of a layer that starts on a date in [fromDate, toDate], in the layer's zone. */
export function listLayerWindows(
  layer: Layer,
  holidays: Holiday[],
  fromDate: Temporal.PlainDate,
  toDate: Temporal.PlainDate,
): WindowPiece[] {
  const pieces: WindowPiece[] = []
  for (let date = fromDate; Temporal.PlainDate.compare(date, toDate) <= 0;) {
    const day = weekdayOf(date)
    for (const window of layer.windows) {
      if (!window.days.includes(day)) continue
      const endDate = window.end <= window.start ? date.add({ days: 1 }) : date
      const start = zonedInstant(date, window.start, layer.timeZone)
      const end = zonedInstant(endDate, window.end, layer.timeZone)
      // A short window inside a spring-forward gap collapses to nothing.
      if (!isBefore(start, end)) continue
      pieces.push({ start, end, cancelled: isHolidayFor(date, layer.id, holidays) })
    }
    date = date.add({ days: 1 })
  }
  return pieces.sort((a, b) => Temporal.Instant.compare(a.start, b.start))
}
