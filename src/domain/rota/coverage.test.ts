import { describe, expect, it } from 'vitest'
import { findCoverageGaps } from './coverage-gaps'
import { coverageOverHorizon, coverageStatusAt } from './coverage-status'
import { expandRota } from './expand-rota'
import { buildLayer, buildRota, buildSev1Sla } from './rota-fixtures'
import { hoursByTeamPerWeek } from './week-view'

const sev1 = buildSev1Sla()

const weekdays = buildLayer({
  id: 'weekday',
  timeZone: 'UTC',
  windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '00:00', end: '00:00' }],
})
const weekends = buildLayer({
  id: 'weekend',
  teamId: 'apj',
  timeZone: 'UTC',
  coverage: 'monitored',
  windows: [{ days: ['sat', 'sun'], start: '00:00', end: '00:00' }],
})
const range = { from: '2026-03-23T00:00:00Z', to: '2026-03-30T00:00:00Z' }

describe('findCoverageGaps', () => {
  it('flags monitored-only weekends against a Sev1 that needs full coverage', () => {
    const shifts = expandRota(buildRota([weekdays, weekends]), range)
    expect(findCoverageGaps(shifts, [sev1], range)).toEqual([
      {
        start: '2026-03-28T00:00:00Z',
        end: '2026-03-30T00:00:00Z',
        minutes: 2880,
        reason: 'monitored_only',
        slaId: 'sev1-response',
      },
    ])
    expect(findCoverageGaps(shifts, [{ ...sev1, requiredCoverage: 'monitored' }], range)).toEqual(
      [],
    )
  })

  it('reports uncovered time and ignores SLAs without a 24x7 response target', () => {
    const shifts = expandRota(buildRota([weekdays]), range)
    const gaps = findCoverageGaps(shifts, [sev1, { ...sev1, id: 'biz', hours: 'business' }], range)
    expect(gaps.map((g) => [g.start, g.reason, g.minutes])).toEqual([
      ['2026-03-28T00:00:00Z', 'uncovered', 2880],
    ])
  })
})

describe('coverageStatusAt', () => {
  it('says who is on, the next handoff, the next gap and the uncovered hours', () => {
    const rota = buildRota([weekdays, weekends])
    const status = coverageStatusAt(rota, [sev1], '2026-03-27T12:00:00Z', 1)
    expect(status.onNow.map((s) => s.layerId)).toEqual(['weekday'])
    expect(status.nextHandoff).toBe('2026-03-28T00:00:00Z')
    expect(status.nextGap).toMatchObject({ start: '2026-03-28T00:00:00Z', minutes: 2880 })
    expect(status.uncoveredHours).toBe(48)
    expect(status.horizonWeeks).toBe(1)
  })
})

describe('coverageOverHorizon', () => {
  it('gives the status and every gap of the horizon, counted from now to the second', () => {
    const rota = buildRota([weekdays])
    const { status, gaps } = coverageOverHorizon(rota, [sev1], '2026-03-27T12:00:00.750Z', 2)

    expect(gaps.map((g) => [g.start, g.end])).toEqual([
      ['2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z'],
      ['2026-04-04T00:00:00Z', '2026-04-06T00:00:00Z'],
    ])
    expect(status.nextGap).toEqual(gaps[0])
    expect(status.uncoveredHours).toBe(96)
  })
})

describe('holidays behind a gap', () => {
  it('names the holiday that removed the shifts of a gap, and no other', () => {
    const holidays = [
      { date: '2026-03-25', name: 'Founders Day', layerIds: [] },
      { date: '2026-03-26', name: 'Weekend team party', layerIds: ['weekend'] },
    ]
    const rota = buildRota([weekdays, weekends], { holidays })
    const { gaps } = coverageOverHorizon(rota, [sev1], '2026-03-23T00:00:00Z', 1)

    expect(gaps.map((g) => [g.start, g.end, g.reason, g.holidays])).toEqual([
      ['2026-03-25T00:00:00Z', '2026-03-26T00:00:00Z', 'uncovered', ['Founders Day']],
      ['2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z', 'monitored_only', undefined],
    ])
  })
})

describe('hoursByTeamPerWeek', () => {
  it('splits hours at the week start in the viewer zone', () => {
    const shifts = expandRota(buildRota([weekends]), range)
    expect(hoursByTeamPerWeek(shifts, 'sun', 'UTC')).toEqual([
      { weekStart: '2026-03-22', hoursByTeam: { apj: 24 } },
      { weekStart: '2026-03-29', hoursByTeam: { apj: 24 } },
    ])
    expect(hoursByTeamPerWeek(shifts, 'mon', 'UTC')).toEqual([
      { weekStart: '2026-03-23', hoursByTeam: { apj: 48 } },
    ])
  })
})
