import { getResponse, type RequestHandler } from 'msw'
import type { DatasetChoice } from '@/lib/dataset-choice'
import type { LocalBackend } from '@/lib/api-client'
import { createBackend } from './create-backend'
import { errorResponse } from './handlers/respond'
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
 * Answers requests with MSW handlers inside the page, as a server would: a 404 for a path
 * nobody serves, a 500 for a handler that threw.
 */
export function serveInPage(handlers: RequestHandler[]): LocalBackend {
  return (request) => answer(handlers, request)
}

/** Resolves in a task of its own, as a message from a server would arrive. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

async function answer(handlers: RequestHandler[], request: Request): Promise<Response> {
  // A task of its own for the handler, and the answer handed back in another, as messages
  // from a server arrive: otherwise the requests a page makes at once, and the rendering of
  // their answers, would run as one long task, holding up input and paint until all are done.
  await nextTask()
  const response = await respond(handlers, request)
  await nextTask()
  return response
}

async function respond(handlers: RequestHandler[], request: Request): Promise<Response> {
  try {
    const response = await getResponse(handlers, request)
    if (response) return response
    const { pathname } = new URL(request.url)
    return errorResponse(404, `No endpoint answers ${request.method} ${pathname}.`)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return errorResponse(500, `The mock backend failed: ${why}`)
  }
}

/**
 * Starts the in-page backend: it reads the meeting note and the seed files as shipped,
 * parses them here at start-up, and answers the API client with the same MSW handlers the
 * tests use (through `getResponse`, without a service worker: decision 0007), over a store
 * kept in localStorage. With `?dataset=generated` it serves `npm run generate`'s file
 * instead, from memory; that code loads only then.
 */
export async function startMockBackend(dataset: DatasetChoice = 'note'): Promise<LocalBackend> {
  const { handlers } =
    dataset === 'generated'
      ? await import('./generated-backend').then((m) =>
          m.createGeneratedBackend(import.meta.env.BASE_URL),
        )
      : createNoteBackend()
  return serveInPage(handlers)
}
