import { z } from 'zod'
import { actionItemSchema, type ActionItem } from '@/contract'
import type { SeedData } from '../seed/build-seed'
import type { Persistence } from './persistence'

/** Bump when the stored shape changes; older stored data is then reset with a notice. */
export const STORE_SCHEMA_VERSION = 1

const storedSchema = z.object({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  actionItems: z.array(actionItemSchema),
})

export type StorageState = 'seeded' | 'restored' | 'reset'

export interface Store {
  readonly seed: SeedData
  actionItems: ActionItem[]
  storage: StorageState
  notices: string[]
  save(): void
  reset(): void
}

function restore(raw: string | null): { items: ActionItem[] | null; notice: string | null } {
  if (raw === null) return { items: null, notice: null }
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw))
    if (parsed.success) return { items: parsed.data.actionItems, notice: null }
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
    storage: restored.items ? 'restored' : restored.notice ? 'reset' : 'seeded',
    notices: restored.notice ? [restored.notice] : [],
    save() {
      persistence.save(
        JSON.stringify({ schemaVersion: STORE_SCHEMA_VERSION, actionItems: store.actionItems }),
      )
    },
    reset() {
      persistence.clear()
      store.actionItems = structuredClone(seed.actionItems)
      store.storage = 'seeded'
      store.notices = []
    },
  }
  if (restored.notice) persistence.clear()
  return store
}
