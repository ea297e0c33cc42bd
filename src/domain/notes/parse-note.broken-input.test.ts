import { describe, expect, it } from 'vitest'
import { parseNote } from './parse-note'

const people = [
  { id: 'jordan-avery', name: 'Jordan Avery' },
  { id: 'riley-hart', name: 'Riley Hart' },
]
const accounts = [{ id: 'xai', name: 'xAI', aliases: [] }]
const ctx = { noteId: 'n1', notePath: 'n1.md', people, accounts }

describe('parseNote: text misread in a Windows code page', () => {
  it('repairs the due emoji, so the date is read and the title is clean', () => {
    const note = parseNote('- [ ] Mojibake task for xAI @Riley ðŸ“… 2025-11-12', ctx)

    expect(note.tasks[0]).toMatchObject({
      title: 'Mojibake task for xAI',
      due: '2025-11-12',
      ownerId: 'riley-hart',
      accountIds: ['xai'],
      warnings: [],
    })
    expect(note.meta.warnings).toEqual([
      {
        line: null,
        code: 'repaired-text',
        message: 'repaired 1 character sequence that was UTF-8 read as Windows-1252',
      },
    ])
  })

  it('warns about an emoji still garbled after repair, one of its bytes lost', () => {
    const task = parseNote('- [ ] Write it up @Riley ðŸ“ 2025-11-12', ctx).tasks[0]

    expect(task?.due).toBeNull()
    expect(task?.warnings).toEqual([
      {
        line: 1,
        code: 'unread-signifier',
        message:
          '“ðŸ“” looks like an emoji garbled by a wrong text encoding; ' +
          'it was not read: type the emoji again',
      },
    ])
  })
})

describe('parseNote: front matter that cannot be read', () => {
  it('says @Myself has no author because the front matter was not read', () => {
    const note = parseNote(
      '---\ntitle: Sync\nparticipants: [Jordan Avery, Riley Hart\ndate: 2025-11-04\n---\n' +
        '- [ ] Send the notes @Myself',
      ctx,
    )

    expect(note.tasks[0]?.warnings).toEqual([
      {
        line: 6,
        code: 'unknown-owner',
        message:
          '@Myself has no author: the front matter could not be read ' +
          '(see the warning on line 3)',
      },
    ])
  })

  it('still says the note lists no participants when it has none', () => {
    const task = parseNote('---\ntitle: Sync\n---\n- [ ] a @Myself', ctx).tasks[0]

    expect(task?.warnings[0]?.message).toBe('@Myself has no author: the note lists no participants')
  })

  it('ignores a date that does not exist and says so', () => {
    const note = parseNote('---\ntitle: Sync\ndate: 2025-11-31\n---\n- [ ] a @Riley', ctx)

    expect(note.meta.date).toBeNull()
    expect(note.meta.warnings).toEqual([
      {
        line: 3,
        code: 'front-matter',
        message: 'date "2025-11-31" is not a day of the calendar; ignored',
      },
    ])
  })

  it('names the line of a bad field in a note saved with a BOM and Windows line ends', () => {
    const note = parseNote(
      '\uFEFF---\r\ntitle: Sync\r\nparticipants:\r\n  - Riley Hart\r\n  - 42\r\n---\r\n' +
        '- [ ] a @Riley',
      ctx,
    )

    expect(note.meta.warnings).toEqual([
      { line: 5, code: 'front-matter', message: 'participants is not a list of names' },
    ])
    expect(note.tasks[0]?.line).toBe(7)
  })
})
