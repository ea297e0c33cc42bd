import { describe, expect, it } from 'vitest'
import { expandRota, expandRotaWithCancellations } from './expand-rota'
import { buildLayer, buildRota, listSpans } from './rota-fixtures'

const layer = buildLayer({
  timeZone: 'UTC',
  windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
  rotation: { kind: 'daily', handoffTime: '09:00', handoffDay: undefined, anchor: '2026-03-23' },
})
const range = { from: '2026-03-23T00:00:00Z', to: '2026-03-25T00:00:00Z' }

describe('overrides', () => {
  it('reassigns a whole shift, keeping its uid with a higher sequence', () => {
    const base = expandRota(buildRota([layer]), range)
    const override = {
      id: 'swap',
      layerId: 'emea',
      start: '2026-03-24T09:00:00Z',
      end: '2026-03-24T17:00:00Z',
      personId: 'c',
      reason: 'swap',
    }
    const changed = expandRota(buildRota([layer], { overrides: [override] }), range)
    expect(changed.map((s) => s.uid)).toEqual(base.map((s) => s.uid))
    expect(changed[0]).toEqual(base[0])
    expect(changed[1]).toMatchObject({ assigneeId: 'c', source: 'override', sequence: 2 })
  })

  it('splits a shift for the part an override covers; the later override wins', () => {
    const overrides = [
      { id: 'one', layerId: 'emea', start: '2026-03-23T12:00:00Z', end: '2026-03-23T20:00:00Z' },
      { id: 'two', layerId: 'emea', start: '2026-03-23T14:00:00Z', end: '2026-03-23T15:00:00Z' },
    ].map((o, i) => ({ ...o, personId: i === 0 ? 'c' : 'd', reason: '' }))
    const shifts = expandRota(buildRota([layer], { overrides }), {
      from: '2026-03-23T00:00:00Z',
      to: '2026-03-24T00:00:00Z',
    })
    expect(listSpans(shifts)).toEqual([
      'a 2026-03-23T09:00:00Z 2026-03-23T12:00:00Z',
      'c 2026-03-23T12:00:00Z 2026-03-23T14:00:00Z',
      'd 2026-03-23T14:00:00Z 2026-03-23T15:00:00Z',
      'c 2026-03-23T15:00:00Z 2026-03-23T17:00:00Z',
    ])
    expect(shifts.map((s) => [s.source, s.sequence])).toEqual([
      ['rotation', 2],
      ['override', 3],
      ['override', 3],
      ['override', 3],
    ])
    expect(new Set(shifts.map((s) => s.uid)).size).toBe(4)
    expect(shifts[0]?.uid).toBe('coreweave.emea.20260323T090000Z@opmodel')
    expect(shifts[1]?.uid).toBe('coreweave.emea.20260323T090000Z.20260323T120000Z@opmodel')
  })
})

describe('holidays', () => {
  it('removes the windows that start on the date and reports them as cancelled', () => {
    const holidays = [{ date: '2026-03-24', name: 'Test day', layerIds: ['emea'] }]
    const result = expandRotaWithCancellations(buildRota([layer], { holidays }), range)
    expect(listSpans(result.shifts)).toEqual(['a 2026-03-23T09:00:00Z 2026-03-23T17:00:00Z'])
    expect(listSpans(result.cancelled)).toEqual(['b 2026-03-24T09:00:00Z 2026-03-24T17:00:00Z'])
    expect(result.cancelled[0]).toMatchObject({
      uid: 'coreweave.emea.20260324T090000Z@opmodel',
      sequence: 1,
    })
  })

  it('cancels a reassigned shift with a sequence above the reassignment', () => {
    const holidays = [{ date: '2026-03-24', name: 'Test day', layerIds: ['emea'] }]
    const overrides = [
      {
        id: 'swap',
        layerId: 'emea',
        start: '2026-03-24T09:00:00Z',
        end: '2026-03-24T17:00:00Z',
        personId: 'c',
        reason: 'swap',
      },
    ]
    const reassigned = expandRota(buildRota([layer], { overrides }), range)
    const result = expandRotaWithCancellations(buildRota([layer], { holidays, overrides }), range)

    expect(reassigned[1]).toMatchObject({ uid: 'coreweave.emea.20260324T090000Z@opmodel' })
    expect(result.cancelled[0]).toMatchObject({
      uid: 'coreweave.emea.20260324T090000Z@opmodel',
      sequence: reassigned[1]!.sequence + 1,
    })
  })

  it('leaves other layers alone', () => {
    const holidays = [{ date: '2026-03-24', name: 'Other', layerIds: ['onsite'] }]
    const result = expandRotaWithCancellations(buildRota([layer], { holidays }), range)
    expect(result.shifts).toHaveLength(2)
    expect(result.cancelled).toEqual([])
  })
})
