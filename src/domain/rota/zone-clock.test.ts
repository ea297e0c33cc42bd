import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import {
  DAY_MS,
  formatEpochMs,
  localEpochDayOf,
  parseEpochDay,
  startOfDayEpochMs,
  wallClockToEpochMs,
} from './zone-clock'

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe']

function temporalWallClock(zone: string, date: string, minute: number): number {
  const time = Temporal.PlainTime.from({ hour: Math.floor(minute / 60), minute: minute % 60 })
  return Temporal.PlainDate.from(date)
    .toPlainDateTime(time)
    .toZonedDateTime(zone, { disambiguation: 'compatible' })
    .toInstant().epochMilliseconds
}

/** Every date of 2026 on which a zone's offset changes. */
function listTransitionDates(zone: string): string[] {
  const dates: string[] = []
  let cursor = Temporal.ZonedDateTime.from({ year: 2026, month: 1, day: 1, timeZone: zone })
  for (;;) {
    const next = cursor.getTimeZoneTransition('next')
    if (!next || next.year > 2026) return dates
    dates.push(next.toPlainDate().toString())
    cursor = next
  }
}

describe('wallClockToEpochMs', () => {
  it.each(ZONES)('equals Temporal compatible every 15 minutes of %s transition days', (zone) => {
    const dates = listTransitionDates(zone)
    expect(dates.length).toBeGreaterThanOrEqual(2)
    for (const date of [...dates, '2026-07-01', '2026-12-31']) {
      for (let minute = 0; minute < 24 * 60; minute += 15) {
        const day = parseEpochDay(date)
        expect(wallClockToEpochMs(zone, day, minute)).toBe(temporalWallClock(zone, date, minute))
      }
    }
  })

  it('moves a nonexistent time forward and takes the earlier of an ambiguous one', () => {
    const spring = wallClockToEpochMs('America/New_York', parseEpochDay('2026-03-08'), 150)
    expect(formatEpochMs(spring)).toBe('2026-03-08T07:30:00Z')
    const fall = wallClockToEpochMs('America/New_York', parseEpochDay('2026-11-01'), 90)
    expect(formatEpochMs(fall)).toBe('2026-11-01T05:30:00Z')
    const sydney = wallClockToEpochMs('Australia/Sydney', parseEpochDay('2026-04-05'), 150)
    expect(formatEpochMs(sydney)).toBe('2026-04-04T15:30:00Z')
  })
})

describe('day boundaries', () => {
  it('finds local dates and the start of each day as Temporal does', () => {
    for (const zone of [...ZONES, 'America/Santiago', 'Asia/Kathmandu']) {
      for (let day = parseEpochDay('2026-01-01'); day < parseEpochDay('2027-01-01'); day += 1) {
        const iso = new Date(day * DAY_MS).toISOString().slice(0, 10)
        const start = Temporal.PlainDate.from(iso).toZonedDateTime(zone).toInstant()
        expect(startOfDayEpochMs(zone, day)).toBe(start.epochMilliseconds)
        expect(localEpochDayOf(zone, start.epochMilliseconds - 1)).toBe(day - 1)
      }
    }
  })
})
