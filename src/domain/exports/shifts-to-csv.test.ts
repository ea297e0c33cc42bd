import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { hoursReportCsv } from './hours-report-csv'
import { buildShift, exportContext } from './ics-fixtures'
import { shiftsToCsv } from './shifts-to-csv'

function parseCsv(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
}

describe('shiftsToCsv', () => {
  it('keeps names, starts with a BOM and makes a formula inert (issue 3 §5)', () => {
    const shifts = [
      buildShift({ assigneeId: 'c' }),
      buildShift({ assigneeId: 'd', layerName: '=HYPERLINK("http://example.invalid","x")' }),
    ]
    const csv = shiftsToCsv(shifts, exportContext)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFaccount,layer,role,assignee,team,start_utc,end_utc,start_local,end_local,tz,' +
        'duration_h,weekend_h,source',
    )
    const rows = parseCsv(csv)
    expect(rows[1]).toEqual([
      'xAI',
      'APJ after-hours',
      'After-hours responder',
      'Zoë Ångström',
      'APJ after-hours',
      '2026-03-27T14:00:00Z',
      '2026-03-27T22:00:00Z',
      '2026-03-27T10:00-04:00',
      '2026-03-27T18:00-04:00',
      'America/New_York',
      '8',
      '6',
      'rotation',
    ])
    expect(rows[2]?.[1]).toBe('\'=HYPERLINK("http://example.invalid","x")')
    expect(rows[2]?.[3]).toBe('山田 太郎')
  })

  it('neutralises every formula start, even before a line break, and never numbers', () => {
    const starts = ['+1', '-2', '@SUM(A1)', '\tx', '\rx', '=1\n2']
    const csv = shiftsToCsv(
      starts.map((role) => buildShift({ role })),
      exportContext,
    )
    expect(
      parseCsv(csv)
        .slice(1)
        .map((row) => row[2]),
    ).toEqual(starts.map((s) => `'${s}`))
    expect(csv).toContain(',8,6,rotation\r\n')
  })

  it('counts weekend hours in the layer zone', () => {
    // Friday 22:00 to Saturday 06:00 in Singapore: 6 weekend hours, though UTC says Friday.
    const shift = buildShift({ end: '2026-03-27T22:00:00Z', start: '2026-03-27T14:00:00Z' })
    const row = parseCsv(shiftsToCsv([shift], exportContext))[1]
    expect(row?.slice(10, 12)).toEqual(['8', '6'])
  })
})

describe('hoursReportCsv', () => {
  it('sums weekday and weekend hours per person', () => {
    const shifts = [
      buildShift({ assigneeId: 'c' }),
      buildShift({ assigneeId: 'c', start: '2026-03-28T14:00:00Z', end: '2026-03-28T22:00:00Z' }),
      buildShift({ assigneeId: 'd', teamId: 'emea', timeZone: 'Europe/London' }),
    ]
    expect(parseCsv(hoursReportCsv(shifts, exportContext))).toEqual([
      ['person', 'team', 'weekday_h', 'weekend_h', 'total_h', 'shifts'],
      ['Zoë Ångström', 'APJ after-hours', '2', '14', '16', '2'],
      ['山田 太郎', 'EMEA after-hours', '8', '0', '8', '1'],
    ])
  })

  it('pays a person on two accounts at once for the hours, not for each account', () => {
    const shifts = [
      buildShift({ assigneeId: 'c', accountId: 'coreweave', uid: 'coreweave.apj@opmodel' }),
      buildShift({ assigneeId: 'c', accountId: 'xai', uid: 'xai.apj@opmodel' }),
    ]

    expect(parseCsv(hoursReportCsv(shifts, exportContext)).slice(1)).toEqual([
      ['Zoë Ångström', 'APJ after-hours', '2', '6', '8', '2'],
    ])
  })

  it('counts a shift across the edge of two periods once, split between them', () => {
    const shift = buildShift({ assigneeId: 'c' })
    const first = {
      ...exportContext,
      period: { from: '2026-03-20T00:00:00Z', to: '2026-03-27T18:00:00Z' },
    }
    const second = {
      ...exportContext,
      period: { from: '2026-03-27T18:00:00Z', to: '2026-04-03T00:00:00Z' },
    }

    expect(parseCsv(hoursReportCsv([shift], exportContext))[1]).toEqual([
      'Zoë Ångström',
      'APJ after-hours',
      '2',
      '6',
      '8',
      '1',
    ])
    expect(parseCsv(hoursReportCsv([shift], first))[1]).toEqual([
      'Zoë Ångström',
      'APJ after-hours',
      '2',
      '2',
      '4',
      '1',
    ])
    expect(parseCsv(hoursReportCsv([shift], second))[1]).toEqual([
      'Zoë Ångström',
      'APJ after-hours',
      '0',
      '4',
      '4',
      '1',
    ])
  })
})
