import { describe, expect, it } from 'vitest'
import type { Shift } from '@/contract/rota'
import { buildShift } from './ics-fixtures'
import { tallyPersonHours, type PersonHoursOptions } from './person-hours'

const kenji = { assigneeId: 'kenji-sato' }

/** Friday 27 March 2026 14:00–22:00 UTC: Friday 22:00 to Saturday 06:00 in Singapore. */
function buildApjShift(patch: Partial<Shift> = {}): Shift {
  return buildShift({ ...kenji, ...patch })
}

function summarise(shifts: Shift[], options?: PersonHoursOptions) {
  return tallyPersonHours(shifts, options).map((t) => ({
    team: t.teamId,
    weekday: t.total - t.weekend,
    weekend: t.weekend,
    shifts: t.shifts,
  }))
}

describe('tallyPersonHours', () => {
  it('counts two identical shifts for two accounts once', () => {
    const shifts = [
      buildApjShift({ uid: 'coreweave.apj.1@opmodel', accountId: 'coreweave' }),
      buildApjShift({ uid: 'xai.apj.1@opmodel', accountId: 'xai' }),
    ]

    expect(summarise(shifts)).toEqual([{ team: 'apj', weekday: 2, weekend: 6, shifts: 2 }])
  })

  it('counts the shared part of two partly overlapping shifts once', () => {
    const shifts = [
      buildApjShift({ uid: 'coreweave.1@opmodel' }),
      buildApjShift({
        uid: 'xai.1@opmodel',
        start: '2026-03-27T18:00:00Z',
        end: '2026-03-28T02:00:00Z',
      }),
    ]

    // 14:00 to 02:00 UTC is 12 hours; in Singapore only Friday 22:00–24:00 is a weekday.
    expect(summarise(shifts)).toEqual([{ team: 'apj', weekday: 2, weekend: 10, shifts: 2 }])
  })

  it('counts shifts that only touch in full, each in its own zone', () => {
    const shifts = [
      // Friday 14:00–22:00 in Singapore.
      buildApjShift({
        uid: 'a@opmodel',
        start: '2026-03-27T06:00:00Z',
        end: '2026-03-27T14:00:00Z',
      }),
      // Friday 14:00–22:00 in London; read in Singapore's zone it would be 6 weekend hours.
      buildApjShift({ uid: 'b@opmodel', timeZone: 'Europe/London' }),
    ]

    expect(summarise(shifts)).toEqual([{ team: 'apj', weekday: 16, weekend: 0, shifts: 2 }])
  })

  it('gives an overlap to the shift that started first: its zone, its team', () => {
    const singapore = buildApjShift({ uid: 'b@opmodel' })
    // Friday 18:00 to Saturday 02:00 in London, starting four hours after the Singapore one.
    const london = buildApjShift({
      uid: 'a@opmodel',
      teamId: 'emea',
      timeZone: 'Europe/London',
      start: '2026-03-27T18:00:00Z',
      end: '2026-03-28T02:00:00Z',
    })
    const expected = [
      { team: 'apj', weekday: 2, weekend: 6, shifts: 1 },
      // Only 22:00–02:00 UTC is left for London: 2 hours of Friday, 2 of Saturday.
      { team: 'emea', weekday: 2, weekend: 2, shifts: 1 },
    ]

    expect(summarise([singapore, london])).toEqual(expected)
    expect(summarise([london, singapore])).toEqual(expected)
  })

  it('uses the uid to choose between shifts that start together, whatever the input order', () => {
    const singapore = buildApjShift({ uid: 'a@opmodel' })
    const london = buildApjShift({ uid: 'b@opmodel', timeZone: 'Europe/London', teamId: 'emea' })
    const expected = [
      { team: 'apj', weekday: 2, weekend: 6, shifts: 1 },
      { team: 'emea', weekday: 0, weekend: 0, shifts: 1 },
    ]

    expect(summarise([singapore, london])).toEqual(expected)
    expect(summarise([london, singapore])).toEqual(expected)
  })

  it('ignores a cancelled shift', () => {
    const kept = buildApjShift({ uid: 'kept@opmodel' })
    const cancelled = buildApjShift({
      uid: 'holiday@opmodel',
      start: '2026-03-28T14:00:00Z',
      end: '2026-03-28T22:00:00Z',
    })

    expect(summarise([kept, cancelled], { cancelled: [cancelled] })).toEqual([
      { team: 'apj', weekday: 2, weekend: 6, shifts: 1 },
    ])
  })

  it('counts only the union inside the period', () => {
    const shifts = [
      buildApjShift({ uid: 'a@opmodel' }),
      buildApjShift({ uid: 'b@opmodel', start: '2026-03-27T16:00:00Z' }),
    ]
    const period = { from: '2026-03-27T18:00:00Z', to: '2026-04-03T00:00:00Z' }

    expect(summarise(shifts, { period })).toEqual([
      { team: 'apj', weekday: 0, weekend: 4, shifts: 2 },
    ])
  })

  it('keeps people apart', () => {
    const shifts = [buildApjShift({ uid: 'a@opmodel' }), buildShift({ uid: 'b@opmodel' })]

    expect(tallyPersonHours(shifts).map((t) => [t.personId, t.total])).toEqual([
      ['kenji-sato', 8],
      ['wei-lim', 8],
    ])
  })
})
