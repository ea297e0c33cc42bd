import { buildSeed, type SeedData } from './seed/build-seed'
import type { SeedSources } from './seed/seed-sources'
import { createHandlers } from './handlers'
import type { Persistence } from './store/persistence'
import { createStore } from './store/store'

/** The whole mock backend: seed read from the files, a store, and the handlers over it. */
export function createBackend(sources: SeedSources, persistence: Persistence) {
  return createBackendFromSeed(buildSeed(sources), persistence)
}

/** The same backend over a seed built elsewhere (`npm run generate`'s data set). */
export function createBackendFromSeed(seed: SeedData, persistence: Persistence) {
  const store = createStore(seed, persistence)
  return { store, handlers: createHandlers(store) }
}
