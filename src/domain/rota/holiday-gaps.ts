import type { CoverageGap } from '@/contract/accounts'
import type { Rota, Shift } from '@/contract/rota'
import { localEpochDayOf, parseEpochDay, parseEpochMs } from './zone-clock'

function overlaps(shift: Shift, gap: CoverageGap): boolean {
  return shift.start < gap.end && gap.start < shift.end
}

/**
 * The rota's holidays that removed a shift during the gap, each named once: why a gap falls
 * where the rota usually has someone. A holiday removes the shifts that start on its day in
 * their layer's zone; a shift split at midnight by a handoff starts the day after.
 */
export function holidaysDuring(gap: CoverageGap, cancelled: Shift[], rota: Rota): string[] {
  const names = new Set<string>()
  for (const shift of cancelled.filter((s) => overlaps(s, gap))) {
    const day = localEpochDayOf(shift.timeZone, parseEpochMs(shift.start))
    for (const holiday of rota.holidays) {
      const onLayer = holiday.layerIds.length === 0 || holiday.layerIds.includes(shift.layerId)
      const holidayDay = parseEpochDay(holiday.date)
      if (onLayer && (holidayDay === day || holidayDay === day - 1)) names.add(holiday.name)
    }
  }
  return [...names]
}
