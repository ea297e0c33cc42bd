import { describe, expect, it } from 'vitest'
import { unescapeIcsText, unfoldIcs } from './ics-text'
import { writeIcs, type IcsEvent } from './write-ics'

const event: IcsEvent = {
  uid: 'u@opmodel',
  sequence: 0,
  start: '2026-03-27T14:00:00Z',
  end: '2026-03-27T22:00:00Z',
  timeZone: 'Asia/Singapore',
  summary: '',
  description: 'Shift',
  cancelled: false,
}
const calendar = { name: 'Test', now: '2026-03-01T00:00:00Z', mode: 'utc' } as const

describe('writeIcs, issue 3 §5', () => {
  it('folds 66 A + 🔔 Sev1 before the emoji; unfolding gives the original', () => {
    const summary = `${'A'.repeat(66)}🔔 Sev1`
    const lines = writeIcs([{ ...event, summary }], calendar).split('\r\n')
    const at = lines.findIndex((line) => line.startsWith('SUMMARY:'))
    expect(lines.slice(at, at + 2)).toEqual([`SUMMARY:${'A'.repeat(66)}`, ' 🔔 Sev1'])
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const unfolded = unfoldIcs(lines.join('\r\n')).split('\r\n')
    expect(unfolded.find((line) => line.startsWith('SUMMARY:'))).toBe(`SUMMARY:${summary}`)
  })

  it('keeps continuation lines at 75 octets too, and unfolds to the original', () => {
    const description = `${'x'.repeat(200)} ${'é'.repeat(80)} ${'🔔'.repeat(30)}`
    const ics = writeIcs([{ ...event, description }], calendar)
    const lines = ics.split('\r\n')
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(4)
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(ics).not.toContain('\uFFFD')
    expect(unfoldIcs(ics)).toContain(`\r\nDESCRIPTION:${description}\r\n`)
  })

  it('escapes the title and a description with a line break and a Windows path', () => {
    const ics = writeIcs(
      [
        {
          ...event,
          summary: 'CoreWeave; Sev1, on-site',
          description: 'Page the on-call.\nRunbook: C:\\runbooks\\sev1.md',
        },
      ],
      calendar,
    )
    const lines = unfoldIcs(ics).split('\r\n')
    expect(lines).toContain('SUMMARY:CoreWeave\\; Sev1\\, on-site')
    expect(lines).toContain('DESCRIPTION:Page the on-call.\\nRunbook: C:\\\\runbooks\\\\sev1.md')
    const description = lines.find((line) => line.startsWith('DESCRIPTION:')) ?? ''
    expect(unescapeIcsText(description.slice('DESCRIPTION:'.length))).toBe(
      'Page the on-call.\nRunbook: C:\\runbooks\\sev1.md',
    )
  })

  it('writes DTSTAMP in UTC to the second when now has milliseconds, as the UI passes it', () => {
    const ics = writeIcs([event], { ...calendar, now: '2026-03-01T09:30:15.987Z', mode: 'local' })
    expect(ics).toContain('\r\nDTSTAMP:20260301T093015Z\r\n')
    expect(ics).toContain('\r\nDTSTART;TZID=Asia/Singapore:20260327T220000\r\n')
  })

  it('escapes the calendar name too', () => {
    const ics = writeIcs([event], { ...calendar, name: 'A, B; C' })
    expect(ics).toContain('\r\nX-WR-CALNAME:A\\, B\\; C\r\n')
  })
})
