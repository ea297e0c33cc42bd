import { describe, expect, it } from 'vitest'
import type { Layer } from '@/contract/rota'
import { expandRotaWithCancellations } from '@/domain/rota/expand-rota'
import { buildLayer, buildRota } from '@/domain/rota/rota-fixtures'
import { exportContext } from './ics-fixtures'
import { parseWithIcalJs } from './parse-with-icaljs'
import { parseWithPython } from './parse-with-python'
import { shiftsToIcs } from './shifts-to-ics'

const ALL_DAYS: Layer['windows'][number]['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

const layers = [
  buildLayer({ id: 'emea-weekly' }),
  buildLayer({
    id: 'emea-nights',
    windows: [{ days: ALL_DAYS, start: '22:00', end: '06:00' }],
    rotation: { kind: 'daily', handoffTime: '12:00', handoffDay: undefined },
  }),
  buildLayer({
    id: 'onsite',
    teamId: 'customer-success',
    timeZone: 'America/New_York',
    windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }],
    rotation: { members: ['c', 'd'] },
  }),
  buildLayer({
    id: 'sydney-nights',
    teamId: 'apj',
    timeZone: 'Australia/Sydney',
    windows: [{ days: ALL_DAYS, start: '22:00', end: '06:00' }],
    rotation: { kind: 'every_n_days', everyDays: 2, handoffTime: '02:30', handoffDay: undefined },
  }),
  buildLayer({
    id: 'apj',
    teamId: 'apj',
    timeZone: 'Asia/Singapore',
    windows: [{ days: ALL_DAYS, start: '22:00', end: '06:00' }],
  }),
]
const rota = buildRota(layers, {
  holidays: [{ date: '2026-03-30', name: 'Test holiday', layerIds: ['onsite'] }],
  overrides: [
    {
      id: 'cover',
      layerId: 'emea-nights',
      start: '2026-03-29T01:00:00Z',
      end: '2026-03-29T03:00:00Z',
      personId: 'd',
      reason: '',
    },
  ],
})

// Clock-change weeks of 2026, including the ones when US and European clocks disagree.
const WEEKS = [
  ['2026-03-05T00:00:00Z', '2026-03-12T00:00:00Z'],
  ['2026-03-26T00:00:00Z', '2026-04-07T00:00:00Z'],
  ['2026-10-01T00:00:00Z', '2026-10-06T00:00:00Z'],
  ['2026-10-22T00:00:00Z', '2026-11-03T00:00:00Z'],
] as const

describe.each(WEEKS)('an export of %s to %s read by two parsers', (from, to) => {
  const { shifts, cancelled } = expandRotaWithCancellations(rota, { from, to })
  const expected = [...shifts, ...cancelled]
    .map((s) => ({ uid: s.uid, start: s.start, end: s.end, sequence: s.sequence }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid))

  it.each(['utc', 'local'] as const)('matches the expansion in %s mode', (mode) => {
    const ics = shiftsToIcs(shifts, { ...exportContext, cancelled, mode })
    const pick = ({ uid, start, end, sequence }: (typeof expected)[number]) => ({
      uid,
      start,
      end,
      sequence,
    })
    const fromIcalJs = parseWithIcalJs(ics)
    const fromPython = parseWithPython(ics)
    expect(fromIcalJs.map(pick)).toEqual(expected)
    expect(fromPython.map(pick)).toEqual(expected)
    expect(fromPython.map((e) => e.summary)).toEqual(fromIcalJs.map((e) => e.summary))
    const cancelledUids = cancelled.map((s) => s.uid)
    expect(fromPython.filter((e) => e.status === 'CANCELLED').map((e) => e.uid)).toEqual(
      fromIcalJs.filter((e) => e.status === 'CANCELLED').map((e) => e.uid),
    )
    expect(
      fromIcalJs
        .filter((e) => e.status === 'CANCELLED')
        .map((e) => e.uid)
        .sort(),
    ).toEqual(cancelledUids.sort())
  })
})
