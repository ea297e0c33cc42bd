import { describe, expect, it } from 'vitest'
import type { ActionItem } from '@/contract/action-items'
import { parseNote } from '@/domain/notes/parse-note'
import { makeItem } from './action-item-fixtures'
import { planImport } from './plan-import'

/** Items as importing `lines` (line 1 first) into note `n` gives them. */
function readItems(...lines: string[]): ActionItem[] {
  const ctx = { noteId: 'n', notePath: 'n.md', people: [], accounts: [] }
  const note = parseNote(lines.join('\n'), ctx)
  return note.tasks.map((task) =>
    makeItem({
      id: task.key.replace('#', '.'),
      title: task.title,
      due: task.due,
      source: { noteId: 'n', notePath: 'n.md', noteTitle: 'n', line: task.line, blockId: null },
    }),
  )
}

function describePlan(stored: ActionItem[], incoming: ActionItem[]) {
  return planImport(stored, incoming).map((change) => ({
    kind: change.kind,
    title: change.item.title,
    id: change.item.id,
    line: change.item.source?.line,
  }))
}

describe('planImport after lines move', () => {
  it('matches each task by its wording before its line', () => {
    const stored = readItems('- [ ] Alpha', '- [ ] Beta')
    const incoming = readItems('Prose above.', '- [ ] Alpha', '- [ ] Beta')

    expect(describePlan(stored, incoming)).toEqual([
      { kind: 'unchanged', title: 'Alpha', id: 'n.L1', line: 2 },
      { kind: 'unchanged', title: 'Beta', id: 'n.L2', line: 3 },
    ])
  })

  it('matches a task by its block id or 🆔 id even when reworded and moved', () => {
    const stored = readItems('- [ ] Alpha ^blk', '- [ ] Beta 🆔 b1')
    const incoming = readItems('Prose.', '- [ ] Beta, reworded 🆔 b1', '- [ ] Alpha, too ^blk')

    expect(describePlan(stored, incoming)).toEqual([
      { kind: 'update', title: 'Beta, reworded', id: 'n.b1', line: 2 },
      { kind: 'update', title: 'Alpha, too', id: 'n.blk', line: 3 },
    ])
  })

  it('gives each of two tasks of the same wording its own item, the nearer one', () => {
    const stored = readItems('- [ ] Follow up 📅 2025-11-01', 'x', 'x', '- [ ] Follow up')
    const incoming = readItems('x', '- [ ] Follow up 📅 2025-11-01', 'x', 'x', '- [ ] Follow up')

    expect(describePlan(stored, incoming)).toEqual([
      { kind: 'unchanged', title: 'Follow up', id: 'n.L1', line: 2 },
      { kind: 'unchanged', title: 'Follow up', id: 'n.L4', line: 5 },
    ])
  })

  it('updates a task reworded where it stood', () => {
    const stored = readItems('- [ ] Alpha', '- [ ] Beta')
    const incoming = readItems('- [ ] Alpha, reworded', '- [ ] Beta')

    expect(planImport(stored, incoming).map((c) => [c.kind, c.existing?.title, c.fields])).toEqual([
      ['update', 'Alpha', ['title']],
      ['unchanged', 'Beta', []],
    ])
  })

  it('creates a task inserted above, under an id no stored item has', () => {
    const stored = readItems('- [ ] Alpha', '- [ ] Beta')
    const incoming = readItems('- [ ] Gamma', '- [ ] Alpha', '- [ ] Beta')

    expect(describePlan(stored, incoming)).toEqual([
      { kind: 'create', title: 'Gamma', id: 'n.L1~2', line: 1 },
      { kind: 'unchanged', title: 'Alpha', id: 'n.L1', line: 2 },
      { kind: 'unchanged', title: 'Beta', id: 'n.L2', line: 3 },
    ])
  })
})

describe('planImport when tasks leave the note', () => {
  it('lists the items whose tasks are gone, kept as they are, and no other note’s', () => {
    const stored = [
      ...readItems('- [ ] Alpha', '- [ ] Beta'),
      makeItem({ id: 'other.L1', title: 'Elsewhere' }),
    ]
    const incoming = readItems('- [ ] Beta', '- [ ] Gamma')
    const plan = planImport(stored, incoming, new Set(['n']))

    expect(plan.map((change) => [change.kind, change.item.title])).toEqual([
      ['unchanged', 'Beta'],
      ['create', 'Gamma'],
      ['gone', 'Alpha'],
    ])
    expect(plan[2]?.item).toBe(stored[0])
  })
})
