import type { Shift } from '@/contract/rota'
import { parseEpochMs } from '@/domain/rota/zone-clock'
import { measureSpan } from './shift-hours'

/** Hours (not rounded) of one person in one team. */
export interface PersonHours {
  personId: string
  teamId: string
  total: number
  weekend: number
  shifts: number
}

export interface PersonHoursOptions {
  /** Count only the hours inside it. */
  period?: { from: string; to: string }
  /** Shifts a holiday removed: never counted, even if one is also among the shifts. */
  cancelled?: Shift[]
}

interface Piece {
  shift: Shift
  order: number
  start: number
  end: number
}

/** Code-unit order, so the result never depends on the machine's locale. */
function compareIds(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

function compareStarts(a: Piece, b: Piece): number {
  return a.order - b.order || compareIds(a.shift.uid, b.shift.uid)
}

function cutToPeriod(shift: Shift, period: PersonHoursOptions['period']): Piece {
  const order = parseEpochMs(shift.start)
  const start = Math.max(order, period ? parseEpochMs(period.from) : -Infinity)
  const end = Math.min(parseEpochMs(shift.end), period ? parseEpochMs(period.to) : Infinity)
  return { shift, order, start, end }
}

function groupByPerson(pieces: Piece[]): Piece[][] {
  const groups = new Map<string, Piece[]>()
  for (const piece of pieces) {
    const group = groups.get(piece.shift.assigneeId) ?? []
    group.push(piece)
    groups.set(piece.shift.assigneeId, group)
  }
  return [...groups.values()]
}

/**
 * On-call hours per person and team, counting each instant of a person's time once: a
 * person on two overlapping shifts (two accounts, or two layers) is paid for the union of
 * them, not the sum.
 *
 * An instant covered by several shifts belongs to the one that started first (then the
 * lowest uid), so its team gets the hours and its layer's zone decides whether they are
 * weekend hours. Shifts that only touch (one ends as the next starts) share no instant and
 * each keeps its own zone. `shifts` still counts every shift the person held.
 */
export function tallyPersonHours(shifts: Shift[], options: PersonHoursOptions = {}): PersonHours[] {
  const cancelled = new Set(options.cancelled?.map((s) => s.uid))
  const pieces = shifts
    .filter((s) => !cancelled.has(s.uid))
    .map((s) => cutToPeriod(s, options.period))

  const tallies = new Map<string, PersonHours>()
  for (const group of groupByPerson(pieces)) {
    group.sort(compareStarts)
    let coveredUntil = -Infinity
    for (const { shift, start, end } of group) {
      const key = `${shift.assigneeId}\u0000${shift.teamId}`
      const tally = tallies.get(key) ?? {
        personId: shift.assigneeId,
        teamId: shift.teamId,
        total: 0,
        weekend: 0,
        shifts: 0,
      }
      tally.shifts += 1
      tallies.set(key, tally)

      const from = Math.max(start, coveredUntil)
      if (end <= from) continue
      const hours = measureSpan(shift.timeZone, from, end)
      tally.total += hours.total
      tally.weekend += hours.weekend
      coveredUntil = end
    }
  }

  return [...tallies.values()].sort(
    (a, b) => compareIds(a.personId, b.personId) || compareIds(a.teamId, b.teamId),
  )
}
