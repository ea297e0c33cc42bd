import type { CoverageGap, CoverageStatus, Sla } from '@/contract/accounts'
import type { Rota, Shift } from '@/contract/rota'
import { findCoverageGaps } from './coverage-gaps'
import { expandRotaWithCancellations } from './expand-rota'
import { holidaysDuring } from './holiday-gaps'
import { formatEpochMs, parseEpochMs } from './zone-clock'

function findNextHandoff(shifts: Shift[], onNow: Shift[], now: string): string | null {
  const candidates = [
    ...onNow.map((shift) => shift.end),
    ...shifts.filter((shift) => shift.start > now).map((shift) => shift.start),
  ]
  return candidates.sort()[0] ?? null
}

/** Hours covered by at least one gap, counting overlapping gaps of several SLAs once. */
function sumGapHours(gaps: CoverageGap[]): number {
  const sorted = [...gaps].sort((a, b) => a.start.localeCompare(b.start))
  let total = 0
  let reach = ''
  for (const gap of sorted) {
    const start = gap.start > reach ? gap.start : reach
    if (gap.end > start) total += Date.parse(gap.end) - Date.parse(start)
    if (gap.end > reach) reach = gap.end
  }
  return Math.round((total / 3_600_000) * 100) / 100
}

/** The coverage status over a horizon and every gap in it, from one expansion of the rota. */
export interface HorizonCoverage {
  status: CoverageStatus
  gaps: CoverageGap[]
}

/**
 * What the account page shows: who is on, the next handoff and gap, and the gaps of the next
 * `horizonWeeks` weeks, counted from `now` (to the second).
 */
export function coverageOverHorizon(
  rota: Rota,
  slas: Sla[],
  now: string,
  horizonWeeks = 8,
): HorizonCoverage {
  const nowMs = parseEpochMs(now)
  const from = formatEpochMs(nowMs)
  const to = formatEpochMs(nowMs + horizonWeeks * 7 * 24 * 3_600_000)
  const { shifts, cancelled } = expandRotaWithCancellations(rota, { from, to })
  const onNow = shifts.filter((shift) => shift.start <= from && shift.end > from)
  const gaps = findCoverageGaps(shifts, slas, { from, to }).map((gap) => {
    const holidays = holidaysDuring(gap, cancelled, rota)
    return holidays.length > 0 ? { ...gap, holidays } : gap
  })
  const status = {
    onNow,
    nextHandoff: findNextHandoff(shifts, onNow, from),
    nextGap: gaps[0] ?? null,
    uncoveredHours: sumGapHours(gaps),
    horizonWeeks,
  }
  return { status, gaps }
}

/** What the portfolio shows of each account: who is on, the next handoff and gap. */
export function coverageStatusAt(
  rota: Rota,
  slas: Sla[],
  now: string,
  horizonWeeks = 8,
): CoverageStatus {
  return coverageOverHorizon(rota, slas, now, horizonWeeks).status
}
