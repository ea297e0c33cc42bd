import { setupWorker } from 'msw/browser'
import { createBackend } from './create-backend'
import { readBundledSources } from './seed/vite-sources'
import { localStoragePersistence, STORAGE_KEY } from './store/persistence'

/**
 * Starts the in-browser backend: it reads the meeting note and the seed files as shipped,
 * parses them here at start-up, and serves the same handlers the tests use, over a store
 * kept in localStorage.
 */
export async function startMockBackend(): Promise<void> {
  const { store, handlers } = createBackend(
    readBundledSources(),
    localStoragePersistence(localStorage),
  )
  // Each tab runs its own backend in memory; when another tab saves, this one must re-read
  // before it answers, or it would serve (and later save over) stale data.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) store.reload()
  })
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
