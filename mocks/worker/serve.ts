import { getResponse, type RequestHandler } from 'msw'
import { ApiError } from '@/lib/api-client'
import { createBackend } from '../create-backend'
import { createGeneratedBackend } from '../generated-backend'
import { errorResponse } from '../handlers/respond'
import { readBundledSources } from '../seed/vite-sources'
import type { Store } from '../store/store'
import { relayedPersistence } from '../store/persistence'
import type {
  PageMessage,
  PostedRequest,
  PostedResponse,
  StartFailure,
  WorkerMessage,
} from './protocol'

/** The worker's global scope, or a MessagePort in the tests. */
export interface WorkerPort {
  postMessage(message: WorkerMessage): void
  onmessage: ((event: MessageEvent<PageMessage>) => void) | null
}

interface Backend {
  handlers: RequestHandler[]
  /** Only the note's backend keeps its data in the page's localStorage. */
  stored: { store: Store; replace(value: string | null): void } | null
}

/**
 * Answers as a server would: a 404 for a path nobody serves, a 500 naming the error for a
 * handler that threw.
 */
export async function respond(handlers: RequestHandler[], request: Request): Promise<Response> {
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

// No dynamic import() in the worker: the build's helper for them preloads with <link> tags,
// and a worker has no document (see backendWorkerChunk in vite.config.ts).
async function createFor(
  message: Extract<PageMessage, { type: 'start' }>,
  port: WorkerPort,
): Promise<Backend> {
  if (message.dataset === 'generated') {
    const { handlers } = await createGeneratedBackend(import.meta.env.BASE_URL)
    return { handlers, stored: null }
  }
  const persistence = relayedPersistence(message.stored, (change) => port.postMessage(change))
  const { store, handlers } = createBackend(readBundledSources(), persistence)
  return { handlers, stored: { store, replace: persistence.replace } }
}

function describeFailure(error: unknown): StartFailure {
  if (error instanceof ApiError) {
    return { kind: error.kind, message: error.message, status: error.status }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { kind: null, message, status: null }
}

async function answer(handlers: RequestHandler[], posted: PostedRequest): Promise<PostedResponse> {
  const { method, url, headers, body } = posted
  const response = await respond(handlers, new Request(url, { method, headers, body }))
  const text = await response.text()
  // A Response for 204 or 304 must be built without a body, even an empty one.
  const nullBody = [101, 204, 205, 304].includes(response.status)
  return { status: response.status, headers: [...response.headers], body: nullBody ? null : text }
}

function addNotice(store: Store, notice: string) {
  if (!store.notices.includes(notice)) store.notices.push(notice)
}

/** Serves the page's requests from the messages it posts: see decision 0009. */
export function serveBackend(port: WorkerPort): void {
  let backend: Promise<Backend> | null = null
  // Each message waits for the backend to start, and they are handled in the order they came.
  // After a failed start the page sends nothing more.
  const whenStarted = (use: (started: Backend) => unknown) => void backend?.then(use, () => {})

  port.onmessage = ({ data }) => {
    switch (data.type) {
      case 'start':
        backend = createFor(data, port)
        backend.then(
          () => port.postMessage({ type: 'ready' }),
          (error: unknown) => port.postMessage({ type: 'failed', failure: describeFailure(error) }),
        )
        return
      case 'request':
        whenStarted(async ({ handlers }) => {
          const response = await answer(handlers, data.request)
          port.postMessage({ type: 'response', id: data.id, response })
        })
        return
      case 'stored':
        // Another tab saved: read its data before answering again, or this tab would serve
        // (and later save over) stale data.
        whenStarted(({ stored }) => {
          stored?.replace(data.value)
          stored?.store.reload()
        })
        return
      case 'unsaved':
        whenStarted(({ stored }) => stored && addNotice(stored.store, unsavedNotice(data.why)))
        return
    }
  }
}

function unsavedNotice(why: string): string {
  return `Changes could not be saved in this browser (${why}); they last until the tab closes.`
}
