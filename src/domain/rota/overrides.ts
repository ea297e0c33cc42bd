import type { Override } from '@/contract/rota'
import { parseEpochMs } from './zone-clock'

/** A piece of a slot with its assignee; instants in epoch milliseconds. */
export interface AssignedPiece {
  start: number
  end: number
  assigneeId: string
  source: 'rotation' | 'override'
  /** How many overrides touch the slot this piece came from. */
  overrideCount: number
}

export interface TimedOverride {
  start: number
  end: number
  personId: string
}

/** Parses overrides once, keeping their order in the file (the later one wins). */
export function toTimedOverrides(overrides: Override[]): TimedOverride[] {
  return overrides.map((o) => ({
    start: parseEpochMs(o.start),
    end: parseEpochMs(o.end),
    personId: o.personId,
  }))
}

function listBreakpoints(start: number, end: number, found: TimedOverride[]): number[] {
  const inside = found.flatMap((o) => [o.start, o.end]).filter((t) => start < t && t < end)
  const all = [start, ...inside, end].sort((a, b) => a - b)
  return all.filter((t, i) => i === 0 || t !== all[i - 1])
}

/** Splits a slot where overrides begin and end; the later override in the file wins. */
export function applyOverrides(
  slot: { start: number; end: number },
  memberId: string,
  overrides: TimedOverride[],
): AssignedPiece[] {
  const found = overrides.filter((o) => o.start < slot.end && slot.start < o.end)
  if (found.length === 0) {
    const { start, end } = slot
    return [{ start, end, assigneeId: memberId, source: 'rotation', overrideCount: 0 }]
  }
  const points = listBreakpoints(slot.start, slot.end, found)
  const pieces: AssignedPiece[] = []

  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number
    const end = points[i + 1] as number
    const winner = found.findLast((o) => o.start <= start && end <= o.end)
    const assigneeId = winner?.personId ?? memberId
    const source = winner ? 'override' : 'rotation'
    const last = pieces.at(-1)
    if (last && last.assigneeId === assigneeId && last.source === source) last.end = end
    else pieces.push({ start, end, assigneeId, source, overrideCount: found.length })
  }
  return pieces
}
