import { Temporal } from 'temporal-polyfill'
import type { Rotation } from '@/contract/rota'
import { isBefore, weekdayNumber, zonedInstant } from './time'

export function getPeriodDays(rotation: Rotation): number {
  if (rotation.kind === 'daily') return 1
  if (rotation.kind === 'weekly') return 7
  return rotation.everyDays ?? 1
}

/** The date of turn 0. A weekly anchor that is not a handoff day falls back to the one before. */
export function getRotationBase(rotation: Rotation): Temporal.PlainDate {
  const anchor = Temporal.PlainDate.from(rotation.anchor)
  if (rotation.kind !== 'weekly' || !rotation.handoffDay) return anchor
  const back = (anchor.dayOfWeek - weekdayNumber(rotation.handoffDay) + 7) % 7
  return anchor.subtract({ days: back })
}

export interface RotationClock {
  rotation: Rotation
  timeZone: string
  base: Temporal.PlainDate
  period: number
}

export function createRotationClock(rotation: Rotation, timeZone: string): RotationClock {
  return { rotation, timeZone, base: getRotationBase(rotation), period: getPeriodDays(rotation) }
}

export function getTurnStart(clock: RotationClock, turn: number): Temporal.Instant {
  const date = clock.base.add({ days: turn * clock.period })
  return zonedInstant(date, clock.rotation.handoffTime, clock.timeZone)
}

export function getTurnAt(clock: RotationClock, instant: Temporal.Instant): number {
  const local = instant.toZonedDateTimeISO(clock.timeZone).toPlainDate()
  const days = clock.base.until(local, { largestUnit: 'days' }).days
  let turn = Math.floor(days / clock.period)
  while (isBefore(instant, getTurnStart(clock, turn))) turn -= 1
  while (!isBefore(instant, getTurnStart(clock, turn + 1))) turn += 1
  return turn
}

export function getMemberOfTurn(rotation: Rotation, turn: number): string {
  const count = rotation.members.length
  return rotation.members[((turn % count) + count) % count] ?? ''
}
