import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { ActionItem } from '@/contract'
import { buildActionItemsCsv, neutraliseFormula } from './action-items-csv'

function makeItem(changes: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'note-29',
    title: 'Confirm the Sev1 response target',
    statusSymbol: '?',
    status: 'proposed',
    ownerId: 'jordan-avery',
    ownerLabel: '@Myself',
    due: '2025-11-08',
    scheduled: null,
    start: null,
    created: null,
    done: null,
    cancelled: null,
    priority: 'high',
    tags: ['#task', '#proposed'],
    recurrence: null,
    accountIds: ['coreweave', 'xai'],
    source: {
      noteId: 'n',
      notePath: 'n.md',
      noteTitle: 'CS operating model',
      line: 29,
      blockId: null,
    },
    warnings: [],
    version: 1,
    updatedAt: '2025-11-01T00:00:00.000Z',
    ...changes,
  }
}

const ctx = {
  today: '2025-11-10',
  weekStart: 'mon' as const,
  ownerName: (id: string) => (id === 'jordan-avery' ? 'Jordan Avery' : id),
  accountName: (id: string) => ({ coreweave: 'CoreWeave', xai: 'xAI' })[id] ?? id,
}

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data
}

describe('buildActionItemsCsv', () => {
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    const csv = buildActionItemsCsv([makeItem()], ctx)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toContain('\r\n')
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n')
  })

  it('writes one row per item with names, dates and the overdue flag', () => {
    const [head, row] = parse(buildActionItemsCsv([makeItem()], ctx))
    expect(head?.[0]).toBe('ID')
    expect(row).toEqual([
      'note-29',
      'proposed',
      '[?]',
      'Confirm the Sev1 response target',
      'Jordan Avery',
      'CoreWeave; xAI',
      '2025-11-08',
      'yes',
      'high',
      '#task #proposed',
      'CS operating model',
      '29',
      '',
    ])
  })

  it('quotes commas, quotes and line breaks as RFC 4180 asks', () => {
    const csv = buildActionItemsCsv([makeItem({ title: 'Say "hi", then\nleave' })], ctx)
    expect(csv).toContain('"Say ""hi"", then\nleave"')
    expect(parse(csv)[1]?.[3]).toBe('Say "hi", then\nleave')
  })

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const csv = buildActionItemsCsv([makeItem({ title: '=HYPERLINK("x")', tags: ['@a'] })], ctx)
    const row = parse(csv)[1]
    expect(row?.[3]).toBe(`'=HYPERLINK("x")`)
    expect(row?.[9]).toBe(`'@a`)
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`)
    }
    expect(neutraliseFormula('plain')).toBe('plain')
  })

  it('shows bidi controls as marks, so a title cannot read backwards in a spreadsheet', () => {
    const row = parse(buildActionItemsCsv([makeItem({ title: 'Open \u202Egnp.exe' })], ctx))[1]
    expect(row?.[3]).toBe('Open ⟦RLO⟧gnp.exe')
  })

  it('keeps accents intact and marks closed or invalid-dated items not overdue', () => {
    const items = [
      makeItem({ title: 'Café review', status: 'done' }),
      makeItem({ due: '2025-02-30' }),
    ]
    const rows = parse(buildActionItemsCsv(items, ctx))
    expect(rows[1]?.[3]).toBe('Café review')
    expect(rows[1]?.[7]).toBe('no')
    expect(rows[2]?.[7]).toBe('no')
  })
})
