import { describe, expect, it } from 'vitest'
import { buildSeed } from '../seed/build-seed'
import { readBundledSources } from '../seed/vite-sources'
import { memoryPersistence } from './persistence'
import { createStore, STORE_SCHEMA_VERSION } from './store'

const seed = buildSeed(readBundledSources())

describe('createStore', () => {
  it('starts from the note when nothing was saved', () => {
    const store = createStore(seed, memoryPersistence())

    expect(store.storage).toBe('seeded')
    expect(store.actionItems).toHaveLength(8)
  })

  it('restores saved changes', () => {
    const persistence = memoryPersistence()
    const first = createStore(seed, persistence)
    first.actionItems[0] = { ...first.actionItems[0]!, title: 'Changed' }
    first.save()
    const second = createStore(seed, persistence)

    expect(second.storage).toBe('restored')
    expect(second.actionItems[0]?.title).toBe('Changed')
  })

  it('resets with a notice when the saved data is from another version or unreadable', () => {
    const old = createStore(
      seed,
      memoryPersistence(JSON.stringify({ schemaVersion: STORE_SCHEMA_VERSION + 99, items: [] })),
    )
    const garbage = createStore(seed, memoryPersistence('{"schemaVersion": 1, "actionItems"'))

    expect(old.storage).toBe('reset')
    expect(old.notices[0]).toMatch(/older version/)
    expect(old.actionItems).toHaveLength(8)
    expect(garbage.notices[0]).toMatch(/could not be read/)
  })

  it('goes back to the note on reset', () => {
    const persistence = memoryPersistence()
    const store = createStore(seed, persistence)
    store.actionItems = []
    store.save()
    store.reset()

    expect(store.actionItems).toHaveLength(8)
    expect(persistence.load()).toBeNull()
  })

  it('keeps the bases of the last import, and loads data saved before there were any', () => {
    const persistence = memoryPersistence()
    const first = createStore(seed, persistence)
    const item = first.actionItems[0]!
    first.noteBases[item.id] = { ...item, due: '2025-11-30' }
    first.save()

    const saved = JSON.parse(persistence.load() ?? '{}') as Record<string, unknown>
    const { noteBases: _bases, ...older } = saved
    const before = createStore(seed, memoryPersistence(JSON.stringify(older)))
    const after = createStore(seed, persistence)

    expect(before.storage).toBe('restored')
    expect(before.notices).toEqual([])
    expect(before.noteBases).toEqual({})
    expect(after.noteBases[item.id]?.due).toBe('2025-11-30')
    after.reset()
    expect(after.noteBases).toEqual({})
  })
})
