import { getTurnAt, getTurnStart, type RotationClock } from './rotation'
import type { WindowPiece } from './windows'

/** A stretch of one member's turn: the unit that keeps a uid. */
export interface Slot extends WindowPiece {
  turn: number
}

export function splitAtHandoffs(pieces: WindowPiece[], clock: RotationClock): Slot[] {
  const slots: Slot[] = []
  for (const piece of pieces) {
    let turn = getTurnAt(clock, piece.start)
    let cursor = piece.start
    for (;;) {
      const handoff = getTurnStart(clock, turn + 1)
      if (handoff >= piece.end) break
      slots.push({ start: cursor, end: handoff, cancelled: piece.cancelled, turn })
      cursor = handoff
      turn += 1
    }
    slots.push({ start: cursor, end: piece.end, cancelled: piece.cancelled, turn })
  }
  return slots
}

/** Back-to-back windows in the same turn are one shift (a 24x7 weekly layer: one per week). */
export function mergeContiguous(slots: Slot[]): Slot[] {
  const merged: Slot[] = []
  for (const slot of slots) {
    const last = merged.at(-1)
    const joins =
      last &&
      last.end === slot.start &&
      last.turn === slot.turn &&
      last.cancelled === slot.cancelled
    if (joins) last.end = slot.end
    else merged.push({ ...slot })
  }
  return merged
}
