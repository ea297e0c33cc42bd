import { describe, expect, it } from 'vitest'
import { parseTaskLine, type TaskLine } from './task-line'

function readTask(line: string): TaskLine {
  const result = parseTaskLine(line)
  if (!result?.ok) throw new Error(`not read: ${line}`)
  return result.task
}

describe('parseTaskLine: emoji signifiers', () => {
  it.each([
    ['📅', 'due'],
    ['📆', 'due'],
    ['🗓', 'due'],
    ['🗓\uFE0F', 'due'],
    ['⏳', 'scheduled'],
    ['⌛', 'scheduled'],
    ['🛫', 'start'],
    ['➕', 'created'],
    ['✅', 'done'],
    ['❌', 'cancelled'],
  ] as const)('reads %s as %s', (emoji, field) => {
    expect(readTask(`- [ ] a ${emoji} 2025-11-08`)[field]).toBe('2025-11-08')
  })

  it.each([
    ['🔺', 'highest'],
    ['⏫', 'high'],
    ['🔼', 'medium'],
    ['🔽', 'low'],
    ['⏬', 'lowest'],
    ['⏬\uFE0F', 'lowest'],
  ] as const)('reads %s as priority %s', (emoji, priority) => {
    expect(readTask(`- [ ] a ${emoji}`).priority).toBe(priority)
  })

  it('defaults to no priority', () => {
    expect(readTask('- [ ] a').priority).toBe('none')
  })

  it('reads recurrence, on-completion, id and depends-on', () => {
    const task = readTask(
      '- [ ] Review rota 🔁 every week on Monday 🏁 delete ' +
        '🆔 rota-1 ⛔ abc, def_2 📅 2025-11-10',
    )

    expect(task).toMatchObject({
      description: 'Review rota',
      recurrence: 'every week on Monday',
      onCompletion: 'delete',
      id: 'rota-1',
      dependsOnIds: ['abc', 'def_2'],
      due: '2025-11-10',
    })
  })

  it('reads a value written with no space after the emoji', () => {
    expect(readTask('- [ ] a 📅2025-11-08').due).toBe('2025-11-08')
  })

  it('does not read a value separated from its emoji by a non-ASCII space', () => {
    const task = readTask('- [ ] a 📅\u00A02025-11-08')

    expect(task.due).toBeNull()
    expect(task.warnings[0]?.code).toBe('unread-signifier')
  })

  it('stops at the first word that is neither field nor tag', () => {
    const task = readTask('- [ ] a 📅 2025-11-08 then more text ⏫')

    expect(task).toMatchObject({ priority: 'high', due: null })
    expect(task.description).toBe('a 📅 2025-11-08 then more text')
    expect(task.warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^📅 was not read/),
    ])
  })

  it('says a date in another format is why its field was not read', () => {
    const task = readTask('- [ ] Bad format date 📅 20/11/2025')

    expect(task.due).toBeNull()
    expect(task.warnings.map((warning) => warning.message)).toEqual([
      '📅 was not read: its date “20/11/2025” is not written YYYY-MM-DD',
    ])
  })

  it('keeps tags in the text and those among the fields, in order', () => {
    const task = readTask('- [ ] Fix #bug in sync #ops 📅 2025-11-08 #later')

    expect(task.description).toBe('Fix #bug in sync')
    expect(task.tags).toEqual(['#bug', '#ops', '#later'])
  })

  it('does not read @name as a tag', () => {
    expect(readTask('- [ ] a @Morgan #x').tags).toEqual(['#x'])
  })

  it('warns about a field given twice and keeps the last one', () => {
    const task = readTask('- [ ] a 📅 2025-11-01 📅 2025-11-08')

    expect(task.due).toBe('2025-11-08')
    expect(task.warnings[0]?.code).toBe('unread-signifier')
  })
})

describe('parseTaskLine: Dataview format', () => {
  it('reads every key', () => {
    const task = readTask(
      '- [ ] Plan [created:: 2025-10-01] [start:: 2025-10-02] [scheduled:: 2025-10-03] ' +
        '[due:: 2025-11-08] [priority:: high] [repeat:: every day when done] ' +
        '[completion:: 2025-11-09] [cancelled:: 2025-11-10] [id:: p1] [dependsOn:: a,b] ' +
        '(onCompletion:: keep)',
    )

    expect(task).toMatchObject({
      description: 'Plan',
      created: '2025-10-01',
      start: '2025-10-02',
      scheduled: '2025-10-03',
      due: '2025-11-08',
      priority: 'high',
      recurrence: 'every day when done',
      done: '2025-11-09',
      cancelled: '2025-11-10',
      id: 'p1',
      dependsOnIds: ['a', 'b'],
      onCompletion: 'keep',
      warnings: [],
    })
  })

  it('treats keys and priority words as case-sensitive', () => {
    const task = readTask('- [ ] Plan [Due:: 2025-11-08]')

    expect(task.due).toBeNull()
    expect(task.warnings[0]?.message).toMatch(/^\[Due:: 2025-11-08\] was not read/)
    expect(readTask('- [ ] Plan [priority:: High]').priority).toBe('none')
  })

  it('reads fields separated by commas, as the plugin does', () => {
    const task = readTask('- [ ] x [due:: 2025-11-08], [priority:: high]')

    expect(task).toMatchObject({ description: 'x', due: '2025-11-08', priority: 'high' })
    expect(task.warnings).toEqual([])
  })

  it('reads spaces around the key and value inside the brackets', () => {
    const task = readTask('- [ ] x [ due:: 2025-11-08 ] ( priority:: low )')

    expect(task).toMatchObject({ description: 'x', due: '2025-11-08', priority: 'low' })
    expect(task.warnings).toEqual([])
  })

  it('still treats keys as case-sensitive with spaces or commas around them', () => {
    const task = readTask('- [ ] x [ Due:: 2025-11-08 ], [priority:: High]')

    expect(task).toMatchObject({ due: null, priority: 'none' })
    expect(task.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^\[ Due:: 2025-11-08 \] was not read/),
      expect.stringMatching(/^\[priority:: High\] was not read/),
    ])
  })

  it('mixes with emoji fields and tags', () => {
    const task = readTask('- [ ] Plan [due:: 2025-11-08] ⏫ #cs')

    expect(task).toMatchObject({ due: '2025-11-08', priority: 'high', tags: ['#cs'] })
  })
})
