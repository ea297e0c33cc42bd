import { setupWorker } from 'msw/browser'
import { createBackend } from './create-backend'
import { readBundledSources } from './seed/vite-sources'
import { localStoragePersistence } from './store/persistence'

/** Starts the in-browser backend: the same handlers the tests use, kept in localStorage. */
export async function startMockBackend(): Promise<void> {
  const { handlers } = createBackend(readBundledSources(), localStoragePersistence(localStorage))
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
