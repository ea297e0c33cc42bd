import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { parseExportArgs } from './parse-export-args'

const today = Temporal.PlainDate.from('2026-03-23')

describe('parseExportArgs', () => {
  it('defaults to the next 4 weeks, ics in UTC', () => {
    const result = parseExportArgs(['--account', 'xai', '--now', '2026-03-01T00:00:00Z'], today)
    expect(result).toMatchObject({
      ok: true,
      args: { from: '2026-03-23', to: '2026-04-20', format: 'ics', mode: 'utc' },
    })
  })

  it.each([
    [['--from', '2026-03-23'], 'give exactly one of --account or --rota'],
    [['--account', 'x', '--rota', 'f'], 'give exactly one of --account or --rota'],
    [['--account', 'x', '--from', '2026-02-30'], '--from: expected a calendar date'],
    [['--account', 'x', '--from', '2026-03-23', '--to', '2026-03-23'], '--to must be after'],
    [['--account', 'x', '--from', '2026-01-01', '--to', '2027-01-02'], 'at most one year'],
    [['--account', 'x', '--format', 'pdf'], '--format: expected one of ics, csv, hours'],
    [['--account', 'x', '--colour'], "Unknown option '--colour'"],
  ])('rejects %j', (argv, message) => {
    const result = parseExportArgs(argv, today)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toContain(message)
  })
})
