import type { Rotation } from '@/contract/rota'
import { weekdayNumber } from './time'
import {
  isoWeekdayOf,
  localEpochDayOf,
  parseEpochDay,
  parseMinuteOfDay,
  wallClockToEpochMs,
} from './zone-clock'

export function getPeriodDays(rotation: Rotation): number {
  if (rotation.kind === 'daily') return 1
  if (rotation.kind === 'weekly') return 7
  return rotation.everyDays ?? 1
}

export interface RotationClock {
  rotation: Rotation
  timeZone: string
  /** The date of turn 0, in days since the epoch. */
  baseDay: number
  period: number
  handoffMinute: number
  /** Turn starts already computed, by turn. */
  starts: Map<number, number>
}

export function createRotationClock(rotation: Rotation, timeZone: string): RotationClock {
  const anchor = parseEpochDay(rotation.anchor)
  const back =
    rotation.kind === 'weekly' && rotation.handoffDay
      ? (isoWeekdayOf(anchor) - weekdayNumber(rotation.handoffDay) + 7) % 7
      : 0
  return {
    rotation,
    timeZone,
    baseDay: anchor - back,
    period: getPeriodDays(rotation),
    handoffMinute: parseMinuteOfDay(rotation.handoffTime),
    starts: new Map(),
  }
}

/** When a turn starts, in epoch milliseconds: the handoff time on the wall clock. */
export function getTurnStart(clock: RotationClock, turn: number): number {
  let start = clock.starts.get(turn)
  if (start === undefined) {
    const day = clock.baseDay + turn * clock.period
    start = wallClockToEpochMs(clock.timeZone, day, clock.handoffMinute)
    clock.starts.set(turn, start)
  }
  return start
}

export function getTurnAt(clock: RotationClock, epochMs: number): number {
  const days = localEpochDayOf(clock.timeZone, epochMs) - clock.baseDay
  let turn = Math.floor(days / clock.period)
  while (epochMs < getTurnStart(clock, turn)) turn -= 1
  while (epochMs >= getTurnStart(clock, turn + 1)) turn += 1
  return turn
}

export function getMemberOfTurn(rotation: Rotation, turn: number): string {
  const count = rotation.members.length
  return rotation.members[((turn % count) + count) % count] ?? ''
}
