import { buildSeed } from './seed/build-seed'
import type { SeedSources } from './seed/seed-sources'
import { createHandlers } from './handlers'
import type { Persistence } from './store/persistence'
import { createStore } from './store/store'

/** The whole mock backend: seed read from the files, a store, and the handlers over it. */
export function createBackend(sources: SeedSources, persistence: Persistence) {
  const store = createStore(buildSeed(sources), persistence)
  return { store, handlers: createHandlers(store) }
}
