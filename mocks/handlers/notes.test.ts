import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  actionItemListSchema,
  apiErrorSchema,
  importPreviewSchema,
  importResultSchema,
} from '@/contract'
import { startTestBackend } from '../../tests/setup/render-route'

const backend = startTestBackend()
const seedNote = readFileSync('mocks/data/notes/2025-10-29-cs-operating-model.md', 'utf8')
const newNote = [
  '---',
  'title: "Weekly sync"',
  'date: "2025-11-12"',
  'participants: ["Morgan Blake"]',
  '---',
  '- [ ] Confirm Sev1 paging path with CoreWeave @Myself ⏫ 📅 2025-11-20 #task',
  '- [ ] Chase RMA @Somebody 📅 2025-11-18',
].join('\n')

function patch(id: string, body: unknown) {
  return fetch(`http://localhost/api/action-items/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

function post(path: string, body: unknown) {
  return fetch(`http://localhost/api/notes/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe('POST /api/notes/preview', () => {
  it('shows what a new note would create, with its warnings, and saves nothing', async () => {
    const response = await post('preview', { notes: [{ name: 'weekly.md', text: newNote }] })
    const preview = importPreviewSchema.parse(await response.json())

    expect(preview.changes.map((c) => c.kind)).toEqual(['create', 'create'])
    expect(preview.changes[0]?.item).toMatchObject({
      ownerId: 'morgan-blake',
      accountIds: ['coreweave'],
      priority: 'high',
    })
    expect(preview.notes[0]?.warnings.map((w) => w.code)).toContain('unknown-owner')
    expect(backend.store.actionItems).toHaveLength(8)
  })

  it('finds nothing new when the seed note is imported again', async () => {
    const response = await post('preview', {
      notes: [{ name: '2025-10-29-cs-operating-model.md', text: seedNote }],
    })
    const preview = importPreviewSchema.parse(await response.json())

    expect(preview.changes.map((c) => c.kind)).toEqual(Array(8).fill('unchanged'))
  })

  it('names the items whose tasks were removed, and the import keeps them', async () => {
    const upload = { notes: [{ name: 'weekly.md', text: newNote }] }
    await post('import', upload)
    const shorter = newNote.split('\n').slice(0, -1).join('\n')

    const preview = importPreviewSchema.parse(
      await (await post('preview', { notes: [{ name: 'weekly.md', text: shorter }] })).json(),
    )
    expect(preview.changes.map((c) => [c.kind, c.item.title])).toEqual([
      ['unchanged', 'Confirm Sev1 paging path with CoreWeave'],
      ['gone', 'Chase RMA'],
    ])

    const result = importResultSchema.parse(
      await (await post('import', { notes: [{ name: 'weekly.md', text: shorter }] })).json(),
    )
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 1, kept: 0, gone: 1 })
    expect(backend.store.actionItems.map((item) => item.title)).toContain('Chase RMA')
  })

  it('gives mapped owners their person and drops their unknown-owner warning', async () => {
    const upload = { notes: [{ name: 'weekly.md', text: newNote }] }
    const response = await post('preview', { ...upload, ownerMap: { '@Somebody': 'riley-hart' } })
    const preview = importPreviewSchema.parse(await response.json())

    expect(preview.changes[1]?.item).toMatchObject({
      ownerId: 'riley-hart',
      ownerLabel: '@Somebody',
      warnings: [],
    })
    expect(preview.notes[0]?.warnings.map((w) => w.code)).not.toContain('unknown-owner')
  })

  it('answers 422 naming the label when a mapping points at no one', async () => {
    const upload = { notes: [{ name: 'weekly.md', text: newNote }] }
    const ownerMap = { '@Somebody': 'no-such-person' }
    const preview = await post('preview', { ...upload, ownerMap })
    const imported = await post('import', { ...upload, ownerMap })

    expect(preview.status).toBe(422)
    expect(apiErrorSchema.parse(await preview.json()).error.message).toMatch(/@Somebody/)
    expect(imported.status).toBe(422)
    expect(backend.store.actionItems).toHaveLength(8)
  })

  it('answers 400 for an empty upload', async () => {
    const response = await post('preview', { notes: [] })

    expect(response.status).toBe(400)
    expect(apiErrorSchema.parse(await response.json()).error.message).toMatch(/at least one/)
  })

  it('warns about a note read as Windows-1252, and refuses an unknown encoding', async () => {
    const note = { name: 'weekly.md', text: newNote }
    const legacy = await post('preview', { notes: [{ ...note, encoding: 'windows-1252' }] })
    const unknown = await post('preview', { notes: [{ ...note, encoding: 'latin-9' }] })

    const warnings = importPreviewSchema.parse(await legacy.json()).notes[0]?.warnings
    expect(warnings?.[0]).toMatchObject({ line: null, code: 'not-utf8' })
    expect(unknown.status).toBe(400)
  })
})

describe('POST /api/notes/import', () => {
  it('creates new items, and updates instead of duplicating on a second import', async () => {
    const upload = { notes: [{ name: 'weekly.md', text: newNote }] }
    const first = importResultSchema.parse(await (await post('import', upload)).json())
    const edited = { notes: [{ name: 'weekly.md', text: newNote.replace('11-18', '11-19') }] }
    const second = importResultSchema.parse(await (await post('import', edited)).json())
    const all = actionItemListSchema.parse(
      await (await fetch('http://localhost/api/action-items?pageSize=100')).json(),
    )

    expect(first).toMatchObject({ created: 2, updated: 0 })
    expect(second).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
    expect(all.total).toBe(10)
  })

  it('updates without asking, import after import, while nobody edits in the app', async () => {
    const noteOn = (due: string) => ({
      notes: [{ name: 'weekly.md', text: newNote.replace('11-18', due) }],
    })
    await post('import', noteOn('11-18'))
    await post('import', noteOn('11-19'))
    const preview = importPreviewSchema.parse(await (await post('preview', noteOn('11-20'))).json())
    const third = importResultSchema.parse(await (await post('import', noteOn('11-20'))).json())

    expect(preview.changes.map((c) => c.kind)).toEqual(['unchanged', 'update'])
    expect(third).toMatchObject({ updated: 1, kept: 0 })
    expect(backend.store.actionItems.at(-1)?.due).toBe('2025-11-20')
  })

  it('merges field by field: takes the note’s changes and keeps the app’s', async () => {
    const upload = { notes: [{ name: 'weekly.md', text: newNote }] }
    await post('import', upload)
    const item = backend.store.actionItems.at(-1)!
    await patch(item.id, { priority: 'low' })
    const changed = { notes: [{ name: 'weekly.md', text: newNote.replace('11-18', '11-21') }] }
    const preview = importPreviewSchema.parse(await (await post('preview', changed)).json())
    const result = importResultSchema.parse(await (await post('import', changed)).json())

    expect(preview.changes.find((c) => c.item.id === item.id)).toMatchObject({
      kind: 'update',
      fields: ['due'],
      conflicts: [],
      kept: ['priority'],
    })
    expect(result).toMatchObject({ updated: 1, kept: 0, unchanged: 1 })
    expect(backend.store.actionItems.at(-1)).toMatchObject({ due: '2025-11-21', priority: 'low' })
  })

  it('asks only about a field changed on both sides, and saves each choice', async () => {
    const upload = { notes: [{ name: 'weekly.md', text: newNote }] }
    await post('import', upload)
    const [sev1, rma] = backend.store.actionItems.slice(-2).map((item) => item.id) as [
      string,
      string,
    ]
    await patch(sev1, { due: '2025-11-25', priority: 'low' })
    await patch(rma, { due: '2025-11-25', priority: 'low' })
    const text = newNote.replace('11-20', '11-22').replace('11-18', '11-19 🔼')
    const changed = { notes: [{ name: 'weekly.md', text }] }
    const preview = importPreviewSchema.parse(await (await post('preview', changed)).json())

    expect(preview.changes.map((c) => [c.kind, c.conflicts, c.kept])).toEqual([
      ['conflict', ['due'], ['priority']],
      ['conflict', ['due', 'priority'], []],
    ])
    expect(preview.changes[0]?.note?.due).toBe('2025-11-22')

    const result = importResultSchema.parse(
      await (
        await post('import', { ...changed, overwrite: [sev1], choices: { [rma]: { due: 'note' } } })
      ).json(),
    )
    // The RMA item took its due date from the note and kept its priority: updated, and kept.
    expect(result).toMatchObject({ updated: 2, kept: 1 })
    expect(backend.store.actionItems.slice(-2)).toMatchObject([
      { due: '2025-11-22', priority: 'low' },
      { due: '2025-11-19', priority: 'low' },
    ])

    const again = importPreviewSchema.parse(await (await post('preview', changed)).json())
    expect(again.changes.map((c) => c.kind)).toEqual(['unchanged', 'unchanged'])
  })

  it('answers 400 for an unknown field or side, 422 for an item not in the notes', async () => {
    const upload = { notes: [{ name: 'weekly.md', text: newNote }] }
    await post('import', upload)
    const id = backend.store.actionItems.at(-1)!.id
    const before = structuredClone(backend.store.actionItems)

    const badField = await post('import', { ...upload, choices: { [id]: { colour: 'note' } } })
    const badSide = await post('import', { ...upload, choices: { [id]: { due: 'mine' } } })
    const stray = await post('import', { ...upload, choices: { 'no-such-item': { due: 'note' } } })

    expect(badField.status).toBe(400)
    expect(apiErrorSchema.parse(await badField.json()).error.message).toMatch(/choices/)
    expect(badSide.status).toBe(400)
    expect(stray.status).toBe(422)
    expect(apiErrorSchema.parse(await stray.json()).error.message).toMatch(
      /choices name "no-such-item", which no task of these notes matches/,
    )
    expect(backend.store.actionItems).toEqual(before)
  })

  it('merges from the seed note’s values for data saved before bases were kept', async () => {
    const first = backend.store.actionItems[0]!
    backend.store.actionItems[0] = { ...first, priority: 'lowest', version: 2 }
    backend.store.noteBases = {}
    const seedName = '2025-10-29-cs-operating-model.md'
    const changed = {
      notes: [{ name: seedName, text: seedNote.replace('2025-11-08', '2025-11-09') }],
    }

    const preview = importPreviewSchema.parse(await (await post('preview', changed)).json())

    expect(preview.changes[0]).toMatchObject({
      kind: 'update',
      fields: ['due'],
      kept: ['priority'],
    })
  })

  it('saves the mapped owner, and finds nothing new when imported again with the map', async () => {
    const upload = { notes: [{ name: 'weekly.md', text: newNote }] }
    const ownerMap = { '@Somebody': 'riley-hart' }
    await post('import', { ...upload, ownerMap })
    const again = importResultSchema.parse(
      await (await post('import', { ...upload, ownerMap })).json(),
    )

    expect(backend.store.actionItems.at(-1)).toMatchObject({ ownerId: 'riley-hart', warnings: [] })
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
  })
})

describe('importing a note again after lines were inserted above its tasks', () => {
  const note = (...body: string[]) => ({
    notes: [{ name: 'moves.md', text: ['---', 'title: "Moves"', '---', '', ...body].join('\n') }],
  })
  const twoTasks = ['- [ ] Alpha task @Riley', '- [ ] Beta task @Riley']
  const itemsOf = () =>
    backend.store.actionItems
      .filter((item) => item.source?.noteId === 'moves')
      .map((item) => ({ title: item.title, line: item.source?.line }))

  it('keeps every item and follows each task to its new line', async () => {
    await post('import', note(...twoTasks))
    const moved = note('Some prose added above.', ...twoTasks)
    const preview = importPreviewSchema.parse(await (await post('preview', moved)).json())
    const result = importResultSchema.parse(await (await post('import', moved)).json())

    expect(preview.changes.map((c) => [c.kind, c.existing?.title])).toEqual([
      ['unchanged', 'Alpha task'],
      ['unchanged', 'Beta task'],
    ])
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
    expect(itemsOf()).toEqual([
      { title: 'Alpha task', line: 6 },
      { title: 'Beta task', line: 7 },
    ])
  })

  it('follows an unchanged task to its new line without raising its version', async () => {
    await post('import', note('- [ ] Alpha task @Riley'))
    const result = importResultSchema.parse(
      await (await post('import', note('Prose.', '- [ ] Alpha task @Riley'))).json(),
    )

    expect(result).toMatchObject({ updated: 0, unchanged: 1 })
    expect(backend.store.actionItems.at(-1)).toMatchObject({ version: 1, source: { line: 6 } })
  })

  it('follows an item edited in the app to its new line, keeping the app’s version', async () => {
    await post('import', note('- [ ] Alpha task @Riley 📅 2025-11-18'))
    const item = backend.store.actionItems.at(-1)!
    backend.store.actionItems[backend.store.actionItems.length - 1] = {
      ...item,
      due: '2025-11-20',
      version: 2,
    }
    const moved = note('Prose.', '- [ ] Alpha task @Riley 📅 2025-11-19')
    const result = importResultSchema.parse(await (await post('import', moved)).json())

    expect(result).toMatchObject({ updated: 0, kept: 1 })
    expect(backend.store.actionItems.at(-1)).toMatchObject({
      id: item.id,
      due: '2025-11-20',
      version: 2,
      source: { line: 6 },
    })
  })

  it('creates a task inserted above the others, under an id of its own', async () => {
    await post('import', note(...twoTasks))
    const result = importResultSchema.parse(
      await (await post('import', note('- [ ] Gamma task @Riley', ...twoTasks))).json(),
    )
    const ids = backend.store.actionItems.map((item) => item.id)

    expect(result).toMatchObject({ created: 1, updated: 0, unchanged: 2 })
    expect(new Set(ids).size).toBe(ids.length)
    expect(itemsOf()).toEqual([
      { title: 'Alpha task', line: 6 },
      { title: 'Beta task', line: 7 },
      { title: 'Gamma task', line: 5 },
    ])
  })

  it('updates a task whose wording changed where it stood', async () => {
    await post('import', note(...twoTasks))
    const reworded = note('- [ ] Alpha task, reworded @Riley', '- [ ] Beta task @Riley')
    const preview = importPreviewSchema.parse(await (await post('preview', reworded)).json())

    expect(preview.changes.map((c) => [c.kind, c.existing?.title, c.fields])).toEqual([
      ['update', 'Alpha task', ['title']],
      ['unchanged', 'Beta task', []],
    ])
  })
})

describe('importing the same note under another file name', () => {
  it('matches its items by title instead of creating them again', async () => {
    const response = await post('preview', { notes: [{ name: 'orig.md', text: seedNote }] })
    const preview = importPreviewSchema.parse(await response.json())

    expect(preview.changes.filter((c) => c.kind === 'create')).toEqual([])
  })

  it('keeps another note’s task of the same wording apart', async () => {
    const other = newNote.replace('Weekly sync', 'Another sync')
    await post('import', { notes: [{ name: 'weekly.md', text: newNote }] })
    const response = await post('preview', { notes: [{ name: 'another.md', text: other }] })
    const preview = importPreviewSchema.parse(await response.json())

    expect(preview.changes.map((c) => c.kind)).toEqual(['create', 'create'])
  })
})
