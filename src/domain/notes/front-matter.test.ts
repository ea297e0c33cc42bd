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
})
