import { Temporal } from 'temporal-polyfill'
import type { Override } from '@/contract/rota'
import { isBefore, parseInstant } from './time'

export interface AssignedPiece {
  start: Temporal.Instant
  end: Temporal.Instant
  assigneeId: string
  source: 'rotation' | 'override'
  /** How many overrides touch the slot this piece came from. */
  overrideCount: number
}

interface TimedOverride {
  start: Temporal.Instant
  end: Temporal.Instant
  personId: string
}

function toTimed(override: Override): TimedOverride {
  const start = parseInstant(override.start)
  const end = parseInstant(override.end)
  return { start, end, personId: override.personId }
}

function listBreakpoints(start: Temporal.Instant, end: Temporal.Instant, found: TimedOverride[]) {
  const inside = found
    .flatMap((o) => [o.start, o.end])
    .filter((t) => isBefore(start, t) && isBefore(t, end))
  const all = [start, ...inside, end].sort(Temporal.Instant.compare)
  return all.filter((t, i) => i === 0 || !t.equals(all[i - 1] as Temporal.Instant))
}

/** Splits a slot where overrides begin and end; the later override in the file wins. */
export function applyOverrides(
  slot: { start: Temporal.Instant; end: Temporal.Instant },
  memberId: string,
  overrides: Override[],
): AssignedPiece[] {
  const found = overrides
    .map(toTimed)
    .filter((o) => isBefore(o.start, slot.end) && isBefore(slot.start, o.end))
  const points = listBreakpoints(slot.start, slot.end, found)
  const pieces: AssignedPiece[] = []

  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as Temporal.Instant
    const end = points[i + 1] as Temporal.Instant
    const winner = found.findLast((o) => !isBefore(start, o.start) && !isBefore(o.end, end))
    const assigneeId = winner?.personId ?? memberId
    const source = winner ? 'override' : 'rotation'
    const last = pieces.at(-1)
    if (last && last.assigneeId === assigneeId && last.source === source) last.end = end
    else pieces.push({ start, end, assigneeId, source, overrideCount: found.length })
  }
  return pieces
}
