import { describe, expect, it } from 'vitest'
import { applyOwnerMap } from './map-owners'
import { parseNote } from './parse-note'

const people = [{ id: 'riley-hart', name: 'Riley Hart' }]
const note = [
  '- [ ] Chase RMA @OwnerX 📅 2025-11-18',
  '- [ ] Book the review @Riley 📅 2025-11-19',
  '- [ ] Send the notes @OwnerY',
].join('\n')

function parse() {
  return parseNote(note, { noteId: 'n', notePath: 'n.md', people, accounts: [] })
}

describe('applyOwnerMap', () => {
  it('assigns mapped labels and drops only their unknown-owner warnings', () => {
    const mapped = applyOwnerMap(parse(), { '@OwnerX': 'riley-hart' })

    expect(mapped.tasks.map((t) => t.ownerId)).toEqual(['riley-hart', 'riley-hart', null])
    expect(mapped.tasks[0]?.warnings).toEqual([])
    const unknown = mapped.meta.warnings.filter((w) => w.code === 'unknown-owner')
    expect(unknown.map((w) => w.line)).toEqual([3])
  })

  it('leaves the note as it was when nothing is mapped', () => {
    const parsed = parse()

    expect(applyOwnerMap(parsed, {})).toBe(parsed)
    expect(applyOwnerMap(parsed, { '@Somebody': 'riley-hart' })).toBe(parsed)
  })
})
