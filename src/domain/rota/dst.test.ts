import { describe, expect, it } from 'vitest'
import type { RotaWindow } from '@/contract/rota'
import { expandRota } from './expand-rota'
import { buildLayer, buildRota } from './rota-fixtures'
import { dayLengthsHours } from './week-view'

function expandOne(timeZone: string, window: RotaWindow, from: string, to: string) {
  const layer = buildLayer({
    timeZone,
    windows: [window],
    rotation: { kind: 'daily', handoffTime: '12:00', handoffDay: undefined },
  })
  return expandRota(buildRota([layer]), { from, to }).map((s) => `${s.start} ${s.end}`)
}

const SAT_NIGHT: RotaWindow = { days: ['sat'], start: '22:00', end: '06:00' }

describe('clock changes', () => {
  it('moves a nonexistent start forward and takes the earlier of an ambiguous one', () => {
    const window: RotaWindow = { days: ['sun'], start: '01:30', end: '03:00' }
    expect(
      expandOne('Europe/London', window, '2026-03-29T00:00:00Z', '2026-03-29T04:00:00Z'),
    ).toEqual(['2026-03-29T01:30:00Z 2026-03-29T02:00:00Z'])
    expect(
      expandOne('Europe/London', window, '2026-10-25T00:00:00Z', '2026-10-25T04:00:00Z'),
    ).toEqual(['2026-10-25T00:30:00Z 2026-10-25T03:00:00Z'])
  })

  it('drops a window whose start moves forward past its end', () => {
    const window: RotaWindow = { days: ['sun'], start: '01:30', end: '02:15' }
    expect(
      expandOne('Europe/London', window, '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z'),
    ).toEqual([])
  })

  it('keeps New York nights on the wall clock', () => {
    const night: RotaWindow = { days: ['sat'], start: '18:00', end: '08:00' }
    expect(
      expandOne('America/New_York', night, '2026-03-07T12:00:00Z', '2026-03-08T12:00:00Z'),
    ).toEqual(['2026-03-07T23:00:00Z 2026-03-08T12:00:00Z'])
    expect(
      expandOne('America/New_York', night, '2026-10-31T12:00:00Z', '2026-11-01T12:00:00Z'),
    ).toEqual(['2026-10-31T22:00:00Z 2026-11-01T13:00:00Z'])
  })

  it('handles Sydney, whose clocks change the other way round', () => {
    expect(
      expandOne('Australia/Sydney', SAT_NIGHT, '2026-04-04T12:00:00Z', '2026-04-04T13:00:00Z'),
    ).toEqual(['2026-04-04T11:00:00Z 2026-04-04T20:00:00Z'])
    expect(
      expandOne('Australia/Sydney', SAT_NIGHT, '2026-10-03T13:00:00Z', '2026-10-03T14:00:00Z'),
    ).toEqual(['2026-10-03T12:00:00Z 2026-10-03T19:00:00Z'])
  })

  it('hands off at a nonexistent or ambiguous wall-clock time', () => {
    const layer = buildLayer({
      timeZone: 'Australia/Sydney',
      rotation: { handoffDay: 'sun', handoffTime: '02:30', anchor: '2026-03-29' },
    })
    const rota = buildRota([layer])
    const april = expandRota(rota, { from: '2026-04-04T15:00:00Z', to: '2026-04-04T16:00:00Z' })
    expect(april.map((s) => s.start.slice(0, 16))).toEqual(['2026-03-28T15:30', '2026-04-04T15:30'])
    const october = expandRota(rota, { from: '2026-10-03T16:00:00Z', to: '2026-10-03T17:00:00Z' })
    expect(october.map((s) => s.start.slice(0, 16))).toEqual([
      '2026-09-26T16:30',
      '2026-10-03T16:30',
    ])
  })

  it('reports the 23 and 25 hour days', () => {
    expect(dayLengthsHours('Europe/London', '2026-01-01', '2027-01-01')).toEqual([
      { date: '2026-03-29', hours: 23 },
      { date: '2026-10-25', hours: 25 },
    ])
    expect(dayLengthsHours('Australia/Sydney', '2026-01-01', '2027-01-01')).toEqual([
      { date: '2026-04-05', hours: 25 },
      { date: '2026-10-04', hours: 23 },
    ])
    expect(dayLengthsHours('Asia/Singapore', '2026-01-01', '2027-01-01')).toEqual([])
  })
})
