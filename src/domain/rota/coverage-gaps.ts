import type { CoverageGap, Sla } from '@/contract/accounts'
import type { Shift } from '@/contract/rota'
import type { InstantRange } from './expand-rota'
import { formatEpochMs, parseEpochMs } from './zone-clock'

type Level = 0 | 1 | 2
const LEVEL = { monitored: 1, full: 2 } as const

interface Edge {
  at: number
  level: Level
  delta: 1 | -1
}

const toMs = parseEpochMs
const fromMs = formatEpochMs

function listEdges(shifts: Shift[], from: number, to: number): Edge[] {
  return shifts.flatMap((shift): Edge[] => {
    const start = Math.max(toMs(shift.start), from)
    const end = Math.min(toMs(shift.end), to)
    if (start >= end) return []
    const level = LEVEL[shift.coverage]
    return [
      { at: start, level, delta: 1 },
      { at: end, level, delta: -1 },
    ]
  })
}

/** Coverage level over time: [start, end, level] runs that tile [from, to). */
function listLevels(shifts: Shift[], from: number, to: number): [number, number, Level][] {
  const edges = listEdges(shifts, from, to).sort((a, b) => a.at - b.at)
  const open = { 1: 0, 2: 0 }
  const runs: [number, number, Level][] = []
  let cursor = from
  let index = 0
  while (cursor < to) {
    while (index < edges.length && (edges[index] as Edge).at <= cursor) {
      const edge = edges[index] as Edge
      open[edge.level as 1 | 2] += edge.delta
      index += 1
    }
    const next = index < edges.length ? (edges[index] as Edge).at : to
    const level: Level = open[2] > 0 ? 2 : open[1] > 0 ? 1 : 0
    const last = runs.at(-1)
    if (last && last[2] === level) last[1] = next
    else runs.push([cursor, next, level])
    cursor = next
  }
  return runs
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function appliesTo(sla: Sla): boolean {
  return sla.metric === 'response' && sla.targetMinutes !== null && sla.hours === '24x7'
}

/**
 * Maximal intervals in which a response SLA cannot be met: nobody on, or only monitoring
 * where the SLA needs full coverage. A gap shorter than the target is still reported: the
 * rota promises presence, and the target is the reaction time, not a grace period.
 */
export function findCoverageGaps(shifts: Shift[], slas: Sla[], range: InstantRange) {
  const from = toMs(range.from)
  const to = toMs(range.to)
  const runs = listLevels(shifts, from, to)
  const gaps: CoverageGap[] = []
  for (const sla of slas.filter(appliesTo)) {
    const needed = LEVEL[sla.requiredCoverage]
    for (const [start, end, level] of runs) {
      if (level >= needed) continue
      gaps.push({
        start: fromMs(start),
        end: fromMs(end),
        minutes: Math.round((end - start) / 60_000),
        reason: level === 0 ? 'uncovered' : 'monitored_only',
        slaId: sla.id,
      })
    }
  }
  return gaps.sort((a, b) => compareText(a.start, b.start) || a.slaId.localeCompare(b.slaId))
}
