import { describe, expect, it } from 'vitest'
import { expandRota } from '@/domain/rota/expand-rota'
import { buildLayer, buildRota } from '@/domain/rota/rota-fixtures'
import { buildShift, exportContext } from './ics-fixtures'
import { unfoldIcs } from './ics-text'
import { shiftsToIcs } from './shifts-to-ics'

const encoder = new TextEncoder()

function listProperty(ics: string, name: string): string[] {
  return unfoldIcs(ics)
    .split('\r\n')
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
}

describe('shiftsToIcs', () => {
  it('writes the calendar and event properties in UTC with CRLF', () => {
    const ics = shiftsToIcs([buildShift()], { ...exportContext, people: { 'wei-lim': 'Wei Lim' } })
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of ['CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:OpModel coverage']) {
      expect(ics).toContain(`\r\n${line}\r\n`)
    }
    expect(listProperty(ics, 'UID')).toEqual(['UID:xai.apj-after-hours.20260327T140000Z@opmodel'])
    expect(listProperty(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20260301T120000Z'])
    expect(listProperty(ics, 'DTSTART')).toEqual(['DTSTART:20260327T140000Z'])
    expect(listProperty(ics, 'DTEND')).toEqual(['DTEND:20260327T220000Z'])
    expect(listProperty(ics, 'SUMMARY')).toEqual(['SUMMARY:xAI · APJ after-hours — Wei Lim'])
    expect(listProperty(ics, 'STATUS')).toEqual(['STATUS:CONFIRMED'])
    expect(listProperty(ics, 'TRANSP')).toEqual(['TRANSP:TRANSPARENT'])
    expect(listProperty(ics, 'SEQUENCE')).toEqual(['SEQUENCE:0'])
    expect(unfoldIcs(ics)).toContain(
      'Local time (Asia/Singapore): 2026-03-27 22:00 – 2026-03-28 06:00',
    )
  })

  it('folds at 75 octets without splitting a character, and unfolds to the original', () => {
    const name = `Ωmega ${'é'.repeat(40)} 🔔${'山'.repeat(30)}`
    const ics = shiftsToIcs([buildShift({ layerName: name })], exportContext)
    for (const line of ics.split('\r\n'))
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
    expect(ics).not.toContain('\uFFFD')
    expect(listProperty(ics, 'SUMMARY')).toEqual([`SUMMARY:xAI · ${name} — wei-lim`])
  })

  it('escapes backslash, semicolon, comma and every line break', () => {
    const ics = shiftsToIcs([buildShift()], {
      ...exportContext,
      accounts: { xai: 'CoreWeave; Sev1, on-site' },
      descriptionFooter: 'Steps\r\none\rtwo\u2028three\u2029four\nRunbook: C:\\runbooks\\sev1.md',
    })
    expect(listProperty(ics, 'SUMMARY')[0]).toMatch(/^SUMMARY:CoreWeave\\; Sev1\\, on-site · /)
    expect(listProperty(ics, 'DESCRIPTION')[0]).toMatch(
      /\\nSteps\\none\\ntwo\\nthree\\nfour\\nRunbook: C:\\\\runbooks\\\\sev1\.md$/,
    )
  })

  it('keeps every UID when one shift is reassigned, raising its SEQUENCE', () => {
    const layer = buildLayer({
      rotation: { kind: 'daily', handoffDay: undefined, members: ['a', 'b'] },
    })
    const range = { from: '2026-03-23T00:00:00Z', to: '2026-03-30T00:00:00Z' }
    const before = shiftsToIcs(expandRota(buildRota([layer]), range), exportContext)
    const overrides = [
      {
        id: 'swap',
        layerId: 'emea',
        personId: 'c',
        reason: '',
        start: '2026-03-25T09:00:00Z',
        end: '2026-03-26T09:00:00Z',
      },
    ]
    const after = shiftsToIcs(expandRota(buildRota([layer], { overrides }), range), exportContext)
    expect(listProperty(after, 'UID')).toEqual(listProperty(before, 'UID'))
    const sequences = listProperty(after, 'SEQUENCE')
    expect(sequences.filter((line) => line !== 'SEQUENCE:0')).toEqual(['SEQUENCE:2'])
    const changed = sequences.indexOf('SEQUENCE:2')
    expect(listProperty(after, 'UID')[changed]).toBe('UID:coreweave.emea.20260325T090000Z@opmodel')
  })

  it('writes cancelled shifts as STATUS:CANCELLED', () => {
    const ics = shiftsToIcs([buildShift()], {
      ...exportContext,
      cancelled: [buildShift({ uid: 'x@opmodel', start: '2026-03-28T14:00:00Z', sequence: 1 })],
    })
    expect(listProperty(ics, 'STATUS')).toEqual(['STATUS:CONFIRMED', 'STATUS:CANCELLED'])
  })

  it('writes TZID with a matching VTIMEZONE in local mode', () => {
    const shift = buildShift({
      timeZone: 'Europe/London',
      start: '2026-03-29T00:30:00Z',
      end: '2026-03-29T05:00:00Z',
    })
    const ics = shiftsToIcs([shift], { ...exportContext, mode: 'local' })
    const event = ics.slice(ics.indexOf('BEGIN:VEVENT'))
    expect(listProperty(event, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/London:20260329T003000'])
    expect(listProperty(event, 'DTEND')).toEqual(['DTEND;TZID=Europe/London:20260329T060000'])
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n')
    expect(ics).toContain('DTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100')
    expect(listProperty(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20260301T120000Z'])
  })
})
