import { z } from 'zod'
import { actionItemSchema, noteMetaSchema, type ActionItem, type NoteMeta } from '@/contract'
import type { SeedData } from '../seed/build-seed'
import type { Persistence } from './persistence'

/** Bump when the stored shape changes; older stored data is then reset with a notice. */
export const STORE_SCHEMA_VERSION = 1

const storedSchema = z.object({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  actionItems: z.array(actionItemSchema),
  notes: z.array(noteMetaSchema).optional(),
})

export type StorageState = 'seeded' | 'restored' | 'reset'

export interface Store {
  readonly seed: SeedData
  actionItems: ActionItem[]
  notes: NoteMeta[]
  storage: StorageState
  notices: string[]
  save(): void
  reset(): void
  /** Reads the saved state again, after another tab of the app changed it. */
  reload(): void
}

interface Restored {
  items: ActionItem[] | null
  notes?: NoteMeta[]
  notice: string | null
}

function restore(raw: string | null): Restored {
  if (raw === null) return { items: null, notice: null }
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw))
    if (parsed.success) {
      return { items: parsed.data.actionItems, notes: parsed.data.notes, notice: null }
    }
    return {
      items: null,
      notice: 'Saved changes came from an older version of OpModel and were reset to the note.',
    }
  } catch {
    return { items: null, notice: 'Saved changes could not be read and were reset to the note.' }
  }
}

export function createStore(seed: SeedData, persistence: Persistence): Store {
  const restored = restore(persistence.load())
  const store: Store = {
    seed,
    actionItems: restored.items ?? structuredClone(seed.actionItems),
    notes: restored.notes ?? structuredClone(seed.notes),
    storage: restored.items ? 'restored' : restored.notice ? 'reset' : 'seeded',
    notices: restored.notice ? [restored.notice] : [],
    save() {
      // From now on there are saved changes on top of the note: the app offers the reset.
      store.storage = 'restored'
      persistence.save(
        JSON.stringify({
          schemaVersion: STORE_SCHEMA_VERSION,
          actionItems: store.actionItems,
          notes: store.notes,
        }),
      )
    },
    reset() {
      persistence.clear()
      store.actionItems = structuredClone(seed.actionItems)
      store.notes = structuredClone(seed.notes)
      store.storage = 'seeded'
      store.notices = []
    },
    reload() {
      const next = restore(persistence.load())
      store.actionItems = next.items ?? structuredClone(seed.actionItems)
      store.notes = next.notes ?? structuredClone(seed.notes)
      store.storage = next.items ? 'restored' : 'seeded'
    },
  }
  if (restored.notice) persistence.clear()
  return store
}
