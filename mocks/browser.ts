import { setupWorker } from 'msw/browser'
import type { DatasetChoice } from '@/lib/dataset-choice'
import { createBackend } from './create-backend'
import { readBundledSources } from './seed/vite-sources'
import { localStoragePersistence, STORAGE_KEY } from './store/persistence'

function createNoteBackend() {
  const backend = createBackend(readBundledSources(), localStoragePersistence(localStorage))
  // Each tab runs its own backend in memory; when another tab saves, this one must re-read
  // before it answers, or it would serve (and later save over) stale data.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) backend.store.reload()
  })
  return backend
}

/**
 * Starts the in-browser backend: it reads the meeting note and the seed files as shipped,
 * parses them here at start-up, and serves the same handlers the tests use, over a store
 * kept in localStorage. With `?dataset=generated` it serves `npm run generate`'s file
 * instead, from memory; that code loads only then.
 */
export async function startMockBackend(dataset: DatasetChoice = 'note'): Promise<void> {
  const base = import.meta.env.BASE_URL
  const { handlers } =
    dataset === 'generated'
      ? await import('./generated-backend').then((m) => m.createGeneratedBackend(base))
      : createNoteBackend()
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${base}mockServiceWorker.js` },
  })
}
