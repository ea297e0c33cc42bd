import { describe, expect, it } from 'vitest'
import { parseTaskLine, type TaskLine } from './task-line'

const vs16 = '\uFE0F'

function readTask(line: string): TaskLine {
  const result = parseTaskLine(line)
  if (!result?.ok) throw new Error(`not read: ${line}`)
  return result.task
}

describe('parseTaskLine: the line shape', () => {
  it.each([
    ['- [ ] a', '', '-'],
    ['* [ ] a', '', '*'],
    ['+ [ ] a', '', '+'],
    ['12. [ ] a', '', '12.'],
    ['3) [ ] a', '', '3)'],
    ['  - [ ] a', '  ', '-'],
    ['\t- [ ] a', '\t', '-'],
    ['> - [ ] a', '> ', '-'],
  ])('reads %j', (line, indent, marker) => {
    expect(readTask(line)).toMatchObject({ indent, marker, description: 'a' })
  })

  it('keeps the status symbol as written', () => {
    expect(readTask('- [?] a').statusSymbol).toBe('?')
    expect(readTask('- [X] a').statusSymbol).toBe('X')
  })

  it('returns null for lines that are not tasks', () => {
    expect(parseTaskLine('plain text')).toBeNull()
    expect(parseTaskLine('- a bullet')).toBeNull()
    expect(parseTaskLine('- [link](https://example.com)')).toBeNull()
    expect(parseTaskLine('- [[Wiki page]]')).toBeNull()
    expect(parseTaskLine('-[ ] no space after the marker')).toBeNull()
  })

  it('reports a line that looks like a task but cannot be read', () => {
    expect(parseTaskLine('- [xx] foo')).toEqual({
      ok: false,
      problem: 'status [xx] must be exactly one character',
    })
    expect(parseTaskLine('- [] foo')).toMatchObject({ ok: false })
    expect(parseTaskLine('- [ ]')).toEqual({ ok: false, problem: 'the task has no text' })
    expect(parseTaskLine('- [ ]   ')).toEqual({ ok: false, problem: 'the task has no text' })
  })

  it('reads a trailing block id off the line', () => {
    const task = readTask('- [ ] Call Riley 📅 2025-11-08 ^call-riley')

    expect(task).toMatchObject({
      blockId: 'call-riley',
      due: '2025-11-08',
      description: 'Call Riley',
    })
  })
})

describe('parseTaskLine: the issue 4 cases', () => {
  it('reads ⏫ followed by U+FE0F', () => {
    const task = readTask(`- [ ] Confirm Sev1 paging path @OwnerA ⏫${vs16} 📅 2025-11-10 #task`)

    expect(task).toMatchObject({
      description: 'Confirm Sev1 paging path @OwnerA',
      due: '2025-11-10',
      priority: 'high',
      tags: ['#task'],
      warnings: [],
    })
  })

  it('reads ⏳ and 📅 both followed by U+FE0F', () => {
    const task = readTask(
      `- [ ] Review APJ after-hours rota @OwnerC ⏳${vs16} 2025-11-12 📅${vs16} 2025-11-19`,
    )

    expect(task).toMatchObject({ scheduled: '2025-11-12', due: '2025-11-19', warnings: [] })
  })

  it('leaves 📅 unread before a full stop, and says so', () => {
    const task = readTask('- [ ] Confirm SLA penalty clause with legal @OwnerF 📅 2025-11-20.')

    expect(task.due).toBeNull()
    expect(task.description).toBe('Confirm SLA penalty clause with legal @OwnerF 📅 2025-11-20.')
    expect(task.warnings).toHaveLength(1)
    expect(task.warnings[0]?.code).toBe('unread-signifier')
    expect(task.warnings[0]?.message).toMatch(/^📅 was not read/)
  })

  it('keeps tags met among the fields, in order', () => {
    const task = readTask(
      '- [ ] Chase vendor on RMA status @OwnerH 📅 2025-11-18 #rma ⏫ #escalation',
    )

    expect(task).toMatchObject({
      description: 'Chase vendor on RMA status @OwnerH',
      due: '2025-11-18',
      priority: 'high',
      tags: ['#rma', '#escalation'],
    })
  })

  it('keeps an impossible date as written, with a warning', () => {
    const task = readTask('- [ ] Renew support contract @OwnerI 📅 2025-02-30')

    expect(task.due).toBe('2025-02-30')
    expect(task.warnings).toEqual([
      { code: 'invalid-date', message: 'due date 2025-02-30 does not exist; kept as written' },
    ])
  })
})
