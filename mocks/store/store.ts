import { z } from 'zod'
import { lazySchema } from '@/contract/lazy-schema'
import {
  actionItemSchema,
  noteFieldsSchema,
  noteMetaSchema,
  type ActionItem,
  type NoteFields,
  type NoteMeta,
} from '@/contract'
import type { SeedData } from '../seed/build-seed'
import type { Persistence } from './persistence'

/** Bump when the stored shape changes; older stored data is then reset with a notice. */
export const STORE_SCHEMA_VERSION = 1

const storedSchema = lazySchema(() =>
  z.object({
    schemaVersion: z.literal(STORE_SCHEMA_VERSION),
    actionItems: z.array(actionItemSchema),
    notes: z.array(noteMetaSchema).optional(),
    // Added after version 1 shipped; data saved before it has none, and still loads.
    noteBases: z.record(z.string(), noteFieldsSchema).optional(),
  }),
)

export type StorageState = 'seeded' | 'restored' | 'reset'

export interface Store {
  readonly seed: SeedData
  actionItems: ActionItem[]
  notes: NoteMeta[]
  /** By item id, what its note said at the last import: the base a re-import merges from. */
  noteBases: Record<string, NoteFields>
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
  noteBases?: Record<string, NoteFields>
  notice: string | null
}

function restore(raw: string | null): Restored {
  if (raw === null) return { items: null, notice: null }
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw))
    if (parsed.success) {
      const { actionItems: items, notes, noteBases } = parsed.data
      return { items, notes, noteBases, notice: null }
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
    noteBases: restored.noteBases ?? {},
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
          noteBases: store.noteBases,
        }),
      )
    },
    reset() {
      persistence.clear()
      store.actionItems = structuredClone(seed.actionItems)
      store.notes = structuredClone(seed.notes)
      store.noteBases = {}
      store.storage = 'seeded'
      store.notices = []
    },
    reload() {
      const next = restore(persistence.load())
      store.actionItems = next.items ?? structuredClone(seed.actionItems)
      store.notes = next.notes ?? structuredClone(seed.notes)
      store.noteBases = next.noteBases ?? {}
      store.storage = next.items ? 'restored' : 'seeded'
    },
  }
  if (restored.notice) persistence.clear()
  return store
}
