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

type Golden = { name: string; layer: Layer; from: string; to: string; spans: string[] }

const nightly = { days: ALL_DAYS, start: '22:00', end: '06:00' }
const daily = { kind: 'daily', handoffTime: '12:00', handoffDay: undefined } as const

// Issue 3 §5, as both parsers read the exported file back: instants written out by hand.
const goldens: Golden[] = [
  {
    name: 'EMEA weekly, Monday 09:00 London, across the spring change',
    layer: buildLayer({ id: 'emea-weekly' }),
    from: '2026-03-23T09:00:00Z',
    to: '2026-04-06T08:00:00Z',
    spans: [
      '2026-03-23T09:00:00Z 2026-03-30T08:00:00Z',
      '2026-03-30T08:00:00Z 2026-04-06T08:00:00Z',
    ],
  },
  {
    name: 'EMEA weekly across the autumn change (169 h)',
    layer: buildLayer({ id: 'emea-weekly' }),
    from: '2026-10-19T08:00:00Z',
    to: '2026-10-26T09:00:00Z',
    spans: ['2026-10-19T08:00:00Z 2026-10-26T09:00:00Z'],
  },
  {
    name: 'EMEA nightly 22:00–06:00 London, the spring night (7 h)',
    layer: buildLayer({ id: 'emea-nights', windows: [nightly], rotation: daily }),
    from: '2026-03-28T22:00:00Z',
    to: '2026-03-29T05:00:00Z',
    spans: ['2026-03-28T22:00:00Z 2026-03-29T05:00:00Z'],
  },
  {
    name: 'EMEA nightly 22:00–06:00 London, the autumn night (9 h)',
    layer: buildLayer({ id: 'emea-nights', windows: [nightly], rotation: daily }),
    from: '2026-10-24T21:00:00Z',
    to: '2026-10-25T06:00:00Z',
    spans: ['2026-10-24T21:00:00Z 2026-10-25T06:00:00Z'],
  },
  {
    name: 'APJ Friday 22:00–06:00 Singapore (8 h)',
    layer: buildLayer({ id: 'apj', timeZone: 'Asia/Singapore', windows: [nightly] }),
    from: '2026-03-27T14:00:00Z',
    to: '2026-03-27T22:00:00Z',
    spans: ['2026-03-27T14:00:00Z 2026-03-27T22:00:00Z'],
  },
]

describe.each(goldens)('golden case: $name', ({ layer, from, to, spans }) => {
  const { shifts } = expandRotaWithCancellations(buildRota([layer]), { from, to })

  it.each(['utc', 'local'] as const)('both parsers read the expected instants (%s)', (mode) => {
    const ics = shiftsToIcs(shifts, { ...exportContext, mode })
    const read = (events: { start: string; end: string }[]) =>
      events.map((e) => `${e.start} ${e.end}`)

    expect(read(parseWithIcalJs(ics))).toEqual(spans)
    expect(read(parseWithPython(ics))).toEqual(spans)
  })
})

describe('hostile text read back by both parsers', () => {
  it('keeps a folded emoji summary and an escaped description intact', () => {
    const summary = `${'A'.repeat(66)}🔔 Sev1; CoreWeave, on-site`
    const footer = 'Line one\nRunbook: C:\\runbooks\\sev1.md'
    const layer = buildLayer({ id: 'apj', name: summary, timeZone: 'Asia/Singapore' })
    const { shifts } = expandRotaWithCancellations(buildRota([layer]), {
      from: '2026-03-27T14:00:00Z',
      to: '2026-03-27T22:00:00Z',
    })
    const ics = shiftsToIcs(shifts, { ...exportContext, descriptionFooter: footer })

    for (const events of [parseWithIcalJs(ics), parseWithPython(ics)]) {
      expect(events).toHaveLength(1)
      expect(events[0]?.summary).toContain(summary)
      expect(events[0]?.description).toContain(footer)
    }
  })
})
