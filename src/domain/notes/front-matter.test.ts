import { describe, expect, it } from 'vitest'
import { parseFrontMatter } from './front-matter'

function linesOf(text: string): string[] {
  return text.split('\n')
}

describe('parseFrontMatter', () => {
  it('reads title, date, participants and tags, and where the body starts', () => {
    const note = linesOf(
      [
        '---',
        'title: "Weekly sync"',
        'date: 2025-10-29',
        'participants: ["[[Jordan Avery]]", "Riley Hart"]',
        'tags:',
        '  - "#meeting"',
        '  - cs',
        '---',
        '# Body',
      ].join('\n'),
    )

    expect(parseFrontMatter(note)).toEqual({
      title: 'Weekly sync',
      date: '2025-10-29',
      participants: ['Jordan Avery', 'Riley Hart'],
      tags: ['meeting', 'cs'],
      bodyStartLine: 9,
      participantsUnread: null,
      warnings: [],
    })
  })

  it('starts the body at line 1 when there is no front matter', () => {
    const result = parseFrontMatter(['# Just a heading', 'text'])

    expect(result.bodyStartLine).toBe(1)
    expect(result.title).toBeNull()
    expect(result.warnings).toEqual([])
  })

  it('warns instead of throwing on broken YAML', () => {
    const result = parseFrontMatter(linesOf('---\ntitle: [unclosed\ndate: x\n---\nbody'))

    expect(result.bodyStartLine).toBe(5)
    expect(result.title).toBeNull()
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]?.code).toBe('front-matter')
  })

  it('names the file line and the reason YAML gives, as the import preview shows them', () => {
    const note = linesOf('---\ntitle: Weekly sync\nparticipants: a\nparticipants: b\n---\nbody')

    expect(parseFrontMatter(note).warnings).toEqual([
      { line: 4, code: 'front-matter', message: 'unreadable YAML: duplicated mapping key' },
    ])
  })

  it('reads a YYYY-MM-DD date as the text it is, not as a timestamp', () => {
    expect(parseFrontMatter(linesOf('---\ndate: 2025-10-29\n---')).date).toBe('2025-10-29')
  })

  it('warns when the block is never closed and reads the file as text', () => {
    const result = parseFrontMatter(linesOf('---\ntitle: x\n- [ ] a task'))

    expect(result.bodyStartLine).toBe(1)
    expect(result.warnings[0]?.message).toMatch(/never closed/)
  })

  it('warns about a date that is not YYYY-MM-DD and about a non-list', () => {
    const result = parseFrontMatter(linesOf('---\ndate: 29/10/2025\nparticipants: 3\n---'))

    expect(result.date).toBeNull()
    expect(result.participants).toEqual([])
    const codes = result.warnings.map((warning) => warning.code)

    expect(codes).toEqual(['front-matter', 'front-matter'])
  })

  it('warns about a date that does not exist on the calendar and ignores it', () => {
    const result = parseFrontMatter(linesOf('---\ntitle: Sync\ndate: 2025-11-31\n---'))

    expect(result.date).toBeNull()
    expect(result.warnings).toEqual([
      {
        line: 3,
        code: 'front-matter',
        message: 'date "2025-11-31" is not a day of the calendar; ignored',
      },
    ])
  })

  it('names the line that opens a [ it never closes, not the line YAML stops at', () => {
    const note = linesOf(
      '---\ntitle: Sync\nparticipants: [Jordan Avery, Riley Hart\ntags: [a]\n---\nbody',
    )

    const result = parseFrontMatter(note)

    expect(result.warnings).toEqual([
      {
        line: 3,
        code: 'front-matter',
        message:
          'unreadable YAML: line 3 opens [ and does not close it ' +
          '(the YAML reader says "deficient indentation" on line 4)',
      },
    ])
    expect(result.participantsUnread).toBe(
      'the front matter could not be read (see the warning on line 3)',
    )
  })

  it('names an unclosed [ on the last line of the block, where the stream ends', () => {
    const result = parseFrontMatter(linesOf('---\nparticipants: [Jordan Avery, Riley Hart\n---'))

    expect(result.warnings[0]?.line).toBe(2)
    expect(result.warnings[0]?.message).toMatch(/^unreadable YAML: line 2 opens \[ and does not/)
  })

  it('names the line of each field it warns about, counting the opening --- as line 1', () => {
    const note = linesOf(
      [
        '---',
        'title: Sync',
        'tags:',
        '  - cs',
        'participants: 3',
        '',
        'date: 29/10/2025',
        '---',
      ].join('\n'),
    )

    expect(parseFrontMatter(note).warnings).toEqual([
      { line: 5, code: 'front-matter', message: 'participants is not a list of names' },
      {
        line: 7,
        code: 'front-matter',
        message: 'date "29/10/2025" is not a YYYY-MM-DD date; ignored',
      },
    ])
  })

  it('names the key line of a field whose wrong value spans several lines', () => {
    const note = linesOf('---\ntitle: Sync\ntags:\n  team: cs\n  kind: sync\n---')

    expect(parseFrontMatter(note).warnings).toEqual([
      { line: 3, code: 'front-matter', message: 'tags is not a list of strings' },
    ])
  })

  it('names the line of the one participant that is not a name', () => {
    const note = linesOf(
      [
        '---',
        'participants:',
        '  - "[[Jordan Avery]]"',
        '  - [[Riley Hart]]',
        '  - Sam Lee',
        'date: 2025-11-04',
        '---',
      ].join('\n'),
    )

    const result = parseFrontMatter(note)

    expect(result.date).toBe('2025-11-04')
    expect(result.warnings).toEqual([
      { line: 4, code: 'front-matter', message: 'participants is not a list of names' },
    ])
  })

  it('names the key line when the item that is not a name is an empty bullet', () => {
    const note = linesOf('---\nparticipants:\n  - Riley Hart\n  -\n  - Sam Lee\ntitle: Sync\n---')

    expect(parseFrontMatter(note).warnings).toEqual([
      { line: 2, code: 'front-matter', message: 'participants is not a list of names' },
    ])
  })

  it('finds a quoted key and a field written after a multi-line text value', () => {
    const note = linesOf('---\nsummary: |\n  date: 1\n  more\n"date": 2025-02-30\n---')

    expect(parseFrontMatter(note).warnings[0]?.line).toBe(5)
  })
})
