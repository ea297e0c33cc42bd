/** Where the mock backend keeps what users changed: browser storage, or memory in Node. */
export interface Persistence {
  load(): string | null
  save(value: string): void
  clear(): void
}

export const STORAGE_KEY = 'opmodel:backend'

export function memoryPersistence(initial: string | null = null): Persistence {
  let value = initial
  return {
    load: () => value,
    save: (next) => {
      value = next
    },
    clear: () => {
      value = null
    },
  }
}

export function localStoragePersistence(storage: Storage, key = STORAGE_KEY): Persistence {
  return {
    load: () => storage.getItem(key),
    save: (value) => storage.setItem(key, value),
    clear: () => storage.removeItem(key),
  }
}

/**
 * Keeps nothing: the store's own memory is the only copy. For the generated data set, which
 * is far over localStorage's quota and would cost a 20 MB JSON string per save besides.
 */
export function noPersistence(): Persistence {
  return { load: () => null, save: () => {}, clear: () => {} }
}

export type PersistenceChange = { type: 'save'; value: string } | { type: 'clear' }

/**
 * Keeps a copy of the stored value and sends each change on to where it really lives: the
 * backend's worker has no localStorage, so the page writes what this relays.
 */
export function relayedPersistence(
  initial: string | null,
  relay: (change: PersistenceChange) => void,
): Persistence & { replace(value: string | null): void } {
  let value = initial
  return {
    load: () => value,
    save: (next) => {
      value = next
      relay({ type: 'save', value: next })
    },
    clear: () => {
      value = null
      relay({ type: 'clear' })
    },
    replace: (next) => {
      value = next
    },
  }
}
