import { http, type RequestHandler } from 'msw'
import { setupWorker } from 'msw/browser'
import { accountHandlers } from './handlers/accounts'
import { actionItemHandlers } from './handlers/action-items'
import { peopleHandlers } from './handlers/people'
import { apiPath } from './handlers/respond'
import { readBundledSeed } from './seed/bundled-seed'
import { localStoragePersistence, STORAGE_KEY } from './store/persistence'
import { createStore, type Store } from './store/store'

/**
 * The note importer's handlers parse notes, YAML and all, which is a third of the backend's
 * download; they load on the first import instead of with the app. One handler stands in for
 * them and hands each request to them once they have loaded.
 */
function deferredNoteHandlers(store: Store): RequestHandler[] {
  let loading: Promise<RequestHandler[]> | undefined
  const load = () =>
    (loading ??= import('./handlers/notes').then(({ noteHandlers }) => noteHandlers(store)))

  return [
    http.post(apiPath('/notes/*'), async ({ request, requestId }) => {
      for (const handler of await load()) {
        const result = await handler.run({ request, requestId })
        if (result?.response) return result.response
      }
      return undefined
    }),
  ]
}

/**
 * Starts the in-browser backend: the handlers the tests use (createHandlers in
 * mocks/handlers/index.ts, in its order), over a store kept in localStorage.
 */
export async function startMockBackend(): Promise<void> {
  const store = createStore(readBundledSeed(), localStoragePersistence(localStorage))
  // Each tab runs its own backend in memory; when another tab saves, this one must re-read
  // before it answers, or it would serve (and later save over) stale data.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) store.reload()
  })
  const worker = setupWorker(
    ...accountHandlers(store),
    ...actionItemHandlers(store),
    ...peopleHandlers(store),
    ...deferredNoteHandlers(store),
  )
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
