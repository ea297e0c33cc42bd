import { describe, expect, it } from 'vitest'
import { expandRota } from './expand-rota'
import { buildLayer, buildRota, listSpans } from './rota-fixtures'
import { hoursBetween, parseInstant } from './time'

function hoursOf(shift: { start: string; end: string }) {
  return hoursBetween(parseInstant(shift.start), parseInstant(shift.end))
}

describe('expandRota, issue 3 §5', () => {
  const weekly = buildRota([buildLayer({})])

  it('gives a 167 h spring week in London with no gap and no overlap', () => {
    const shifts = expandRota(weekly, { from: '2026-03-23T00:00:00Z', to: '2026-04-06T00:00:00Z' })
    expect(listSpans(shifts)).toEqual([
      'b 2026-03-16T09:00:00Z 2026-03-23T09:00:00Z',
      'a 2026-03-23T09:00:00Z 2026-03-30T08:00:00Z',
      'b 2026-03-30T08:00:00Z 2026-04-06T08:00:00Z',
    ])
    expect(shifts.map(hoursOf)).toEqual([168, 167, 168])
  })

  it('gives a 169 h autumn week', () => {
    const shifts = expandRota(weekly, { from: '2026-10-20T00:00:00Z', to: '2026-10-21T00:00:00Z' })
    expect(listSpans(shifts)).toEqual(['a 2026-10-19T08:00:00Z 2026-10-26T09:00:00Z'])
    expect(hoursOf(shifts[0]!)).toBe(169)
  })

  it('keeps the EMEA night on the London wall clock across both changes', () => {
    const nightly = buildRota([
      buildLayer({
        windows: [{ days: ['sat'], start: '22:00', end: '06:00' }],
        rotation: { kind: 'daily', handoffTime: '12:00', handoffDay: undefined },
      }),
    ])
    const march = expandRota(nightly, { from: '2026-03-28T12:00:00Z', to: '2026-03-29T12:00:00Z' })
    const october = expandRota(nightly, {
      from: '2026-10-24T12:00:00Z',
      to: '2026-10-25T12:00:00Z',
    })
    expect(march.map((s) => [s.start, s.end, hoursOf(s)])).toEqual([
      ['2026-03-28T22:00:00Z', '2026-03-29T05:00:00Z', 7],
    ])
    expect(october.map((s) => [s.start, s.end, hoursOf(s)])).toEqual([
      ['2026-10-24T21:00:00Z', '2026-10-25T06:00:00Z', 9],
    ])
  })

  it('places the APJ Friday night in Singapore', () => {
    const apj = buildRota([
      buildLayer({
        id: 'apj',
        teamId: 'apj',
        timeZone: 'Asia/Singapore',
        windows: [{ days: ['fri'], start: '22:00', end: '06:00' }],
      }),
    ])
    const shifts = expandRota(apj, { from: '2026-03-27T00:00:00Z', to: '2026-03-28T00:00:00Z' })
    expect(shifts.map((s) => [s.start, s.end, hoursOf(s)])).toEqual([
      ['2026-03-27T14:00:00Z', '2026-03-27T22:00:00Z', 8],
    ])
  })
})

describe('expandRota, rules', () => {
  it('returns whole shifts sorted by start then layer, with stable uids', () => {
    const rota = buildRota([
      buildLayer({ id: 'second', windows: [{ days: ['mon'], start: '09:00', end: '10:00' }] }),
      buildLayer({ id: 'first', windows: [{ days: ['mon'], start: '09:00', end: '10:00' }] }),
    ])
    const shifts = expandRota(rota, { from: '2026-03-23T09:30:00Z', to: '2026-03-23T09:31:00Z' })
    expect(shifts.map((s) => s.uid)).toEqual([
      'coreweave.second.20260323T090000Z@opmodel',
      'coreweave.first.20260323T090000Z@opmodel',
    ])
    expect(shifts[0]).toMatchObject({ start: '2026-03-23T09:00:00Z', sequence: 0 })
  })

  it('splits a window that a handoff falls inside', () => {
    const rota = buildRota([
      buildLayer({
        windows: [{ days: ['mon'], start: '06:00', end: '12:00' }],
        timeZone: 'UTC',
      }),
    ])
    const shifts = expandRota(rota, { from: '2026-03-30T00:00:00Z', to: '2026-03-31T00:00:00Z' })
    expect(listSpans(shifts)).toEqual([
      'a 2026-03-30T06:00:00Z 2026-03-30T09:00:00Z',
      'b 2026-03-30T09:00:00Z 2026-03-30T12:00:00Z',
    ])
  })

  it('rotates every N days from the anchor', () => {
    const rota = buildRota([
      buildLayer({
        timeZone: 'UTC',
        windows: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '10:00', end: '11:00' },
        ],
        rotation: {
          kind: 'every_n_days',
          everyDays: 3,
          anchor: '2026-01-02',
          members: ['a', 'b', 'c'],
        },
      }),
    ])
    const shifts = expandRota(rota, { from: '2026-01-01T00:00:00Z', to: '2026-01-09T00:00:00Z' })
    expect(shifts.map((s) => s.assigneeId).join('')).toBe('caaabbbc')
  })
})
