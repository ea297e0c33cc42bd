import { describe, expect, it } from 'vitest'
import { parseNote, type NoteTask } from './parse-note'

const people = [
  { id: 'jordan-avery', name: 'Jordan Avery' },
  { id: 'morgan-blake', name: 'Morgan Blake' },
  { id: 'riley-hart', name: 'Riley Hart' },
  { id: 'riley-stone', name: 'Riley Stone' },
]
const accounts = [
  { id: 'coreweave', name: 'CoreWeave', aliases: ['CW'] },
  { id: 'xai', name: 'xAI', aliases: [] },
]
const ctx = { noteId: 'n1', notePath: 'notes/n1.md', people, accounts }
const front = '---\ntitle: Sync\ndate: 2025-10-29\nparticipants: [Jordan Avery, Riley Hart]\n---'

function parseBody(body: string) {
  return parseNote(`${front}\n${body}`, ctx)
}

function firstTask(body: string): NoteTask {
  const task = parseBody(body).tasks[0]
  if (!task) throw new Error('no task read')
  return task
}

describe('parseNote: statuses', () => {
  it.each([
    [' ', 'todo'],
    ['x', 'done'],
    ['X', 'done'],
    ['/', 'in_progress'],
    ['-', 'cancelled'],
    ['?', 'proposed'],
  ])('reads [%s] as %s', (symbol, status) => {
    expect(firstTask(`- [${symbol}] a @Myself`)).toMatchObject({ status, statusSymbol: symbol })
  })

  it('reads an unknown symbol as to do, keeps it and warns', () => {
    const task = firstTask('- [!] a @Myself')

    expect(task).toMatchObject({ status: 'todo', statusSymbol: '!' })
    expect(task.warnings).toEqual([
      { line: 6, code: 'unknown-status', message: 'status [!] is not known; read as to do' },
    ])
  })
})

describe('parseNote: owners', () => {
  it('reads @Myself as the first participant', () => {
    expect(firstTask('- [ ] a @Myself')).toMatchObject({
      ownerLabel: '@Myself',
      ownerId: 'jordan-avery',
      title: 'a',
    })
  })

  it.each(['@MorganBlake', '@Morgan_Blake', '@morgan-blake', '@Morgan.Blake', '@Morgan'])(
    'matches %s to Morgan Blake',
    (label) => {
      expect(firstTask(`- [ ] a ${label} b`)).toMatchObject({
        ownerLabel: label,
        ownerId: 'morgan-blake',
        title: 'a b',
        warnings: [],
      })
    },
  )

  it('keeps an unknown owner with a warning, and an ambiguous first name is unknown', () => {
    const unknown = firstTask('- [ ] a @OwnerA 📅 2025-11-10')
    const ambiguous = firstTask('- [ ] a @Riley')

    expect(unknown).toMatchObject({ ownerLabel: '@OwnerA', ownerId: null, due: '2025-11-10' })
    expect(unknown.warnings.map((warning) => warning.code)).toEqual(['unknown-owner'])
    expect(ambiguous).toMatchObject({ ownerLabel: '@Riley', ownerId: null })
  })

  it('takes the first @name as the owner and keeps the others in the title', () => {
    expect(firstTask('- [ ] @Morgan to ask @Riley about rota')).toMatchObject({
      ownerId: 'morgan-blake',
      title: 'to ask @Riley about rota',
    })
  })

  it('warns when a task names no owner, and does not read an e-mail address', () => {
    const task = firstTask('- [ ] mail ops@example.com')

    expect(task.ownerLabel).toBeNull()
    expect(task.warnings.map((warning) => warning.code)).toEqual(['no-owner'])
  })

  it('warns that @Myself has no author without participants', () => {
    const task = parseNote('- [ ] a @Myself', ctx).tasks[0]

    expect(task?.ownerId).toBeNull()
    expect(task?.warnings[0]?.code).toBe('unknown-owner')
  })
})

describe('parseNote: title, accounts and key', () => {
  it('builds the title without owner and field tags, whitespace collapsed', () => {
    const task = firstTask('- [ ]   Call   @Myself  the #ops team ⏫ 📅 2025-11-10 #task')

    expect(task.title).toBe('Call the #ops team')
    expect(task.tags).toEqual(['#ops', '#task'])
  })

  it('links accounts named as whole words, in the order of the account list', () => {
    expect(firstTask('- [ ] Ask xai and cw @Myself').accountIds).toEqual(['coreweave', 'xai'])
    expect(firstTask('- [ ] Ask xAI’s team @Myself').accountIds).toEqual(['xai'])
    expect(firstTask('- [ ] Ask the CWX and xAIM teams @Myself').accountIds).toEqual([])
  })

  it('keys a task by block id, then 🆔 id, then line', () => {
    const note = parseBody('- [ ] a @Myself ^blk\n- [ ] b @Myself 🆔 t-2\n- [ ] c @Myself')

    expect(note.tasks.map((task) => task.key)).toEqual(['n1#blk', 'n1#t-2', 'n1#L8'])
  })
})

describe('parseNote: warnings and lines', () => {
  it('gives each unreadable task-like line a warning with its line', () => {
    const note = parseBody('- [xx] foo\n- [ ]\n- [ ] ok @Myself')

    expect(note.tasks.map((task) => task.line)).toEqual([8])
    expect(note.meta.warnings).toEqual([
      {
        line: 6,
        code: 'malformed-task',
        message:
          'line 6 looks like a task but was not read: status [xx] must be exactly one character',
      },
      {
        line: 7,
        code: 'malformed-task',
        message: 'line 7 looks like a task but was not read: the task has no text',
      },
    ])
  })

  it('does not make an item of a task that is only fields, or too long to edit', () => {
    const long = 'L'.repeat(2001)
    const lines = ['- [ ] 📅 2025-11-20', '- [ ] @Myself ⏫', `- [ ] ${long}`, '- [ ] ok @Myself']
    const note = parseBody(lines.join('\n'))
    const unread = 'looks like a task but was not read'
    const noText = 'the task has no text besides its fields and owner'

    expect(note.tasks.map((task) => task.title)).toEqual(['ok'])
    expect(note.meta.warnings.map((w) => [w.line, w.message])).toEqual([
      [6, `line 6 ${unread}: ${noText}`],
      [7, `line 7 ${unread}: ${noText}`],
      [8, `line 8 ${unread}: the text is 2,001 characters; 2,000 at most`],
    ])
  })

  it('collects task warnings in the note, with line numbers', () => {
    const note = parseBody('text\n- [ ] Renew contract @Myself 📅 2025-02-30')

    expect(note.meta.warnings).toEqual([
      {
        line: 7,
        code: 'invalid-date',
        message: 'due date 2025-02-30 does not exist; kept as written',
      },
    ])
    expect(note.tasks[0]?.due).toBe('2025-02-30')
  })

  it('ignores task lines inside fenced code and in the front matter', () => {
    const note = parseNote(
      '---\ntitle: "- [ ] not a task"\n---\n```\n- [ ] code\n```\n- [ ] real @Myself',
      ctx,
    )

    expect(note.tasks.map((task) => task.line)).toEqual([7])
  })

  it('numbers lines the same with CRLF line ends', () => {
    const note = parseNote(`${front}\n\n- [ ] a @Myself`.replace(/\n/g, '\r\n'), ctx)

    expect(note.tasks[0]?.line).toBe(7)
    expect(note.lines[6]).toBe('- [ ] a @Myself')
  })

  it('falls back to the first heading for a note without front matter', () => {
    const note = parseNote('# Weekly\n- [ ] a @Morgan', ctx)

    expect(note.meta).toMatchObject({ title: 'Weekly', author: null, participants: [] })
  })

  it('adds one repaired-text warning saying how many sequences were fixed', () => {
    const broken = new TextDecoder('macintosh').decode(
      new TextEncoder().encode('- [ ] a @Morgan 📅 2025-11-08 ⏫'),
    )
    const note = parseNote(broken, ctx)

    expect(note.meta.repaired).toBe(true)
    expect(note.meta.warnings).toEqual([
      {
        line: null,
        code: 'repaired-text',
        message: 'repaired 2 character sequences that were UTF-8 read as Mac Roman',
      },
    ])
    expect(note.tasks[0]).toMatchObject({ due: '2025-11-08', priority: 'high' })
  })

  it('warns first about a file that had to be read as Windows-1252', () => {
    const note = parseNote('# Café note\n- [ ] Réunion with Ravi', {
      ...ctx,
      encoding: 'windows-1252',
    })

    expect(note.meta.title).toBe('Café note')
    expect(note.meta.warnings.map((warning) => warning.code)).toEqual(['not-utf8', 'no-owner'])
  })
})

describe('parseNote: a line with ⏫ and its variation selector', () => {
  it('reads the owner, due date, priority and tag, and leaves the text bare', () => {
    const task = firstTask('- [ ] Confirm Sev1 paging path @OwnerA ⏫\u{FE0F} 📅 2025-11-10 #task')

    expect(task).toMatchObject({
      title: 'Confirm Sev1 paging path',
      ownerLabel: '@OwnerA',
      due: '2025-11-10',
      priority: 'high',
      tags: ['#task'],
    })
    expect(task.warnings.map((warning) => warning.code)).toEqual(['unknown-owner'])
  })
})
