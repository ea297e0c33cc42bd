import { ApiError, BACKEND_CHANGED_EVENT, type LocalBackend } from '@/lib/api-client'
import type { DatasetChoice } from '@/lib/dataset-choice'
import backendWorkerUrl from 'virtual:backend-worker-url'
import { STORAGE_KEY } from './store/persistence'
import type {
  PageMessage,
  PostedRequest,
  PostedResponse,
  StartFailure,
  WorkerMessage,
} from './worker/protocol'

/** Held, through the Web Locks API, by a tab while the backend's store takes its change. */
const STORE_LOCK = 'opmodel:backend-store'

/** The backend's worker as the page sees it, or a MessagePort in the tests. */
export interface BackendPort {
  postMessage(message: PageMessage): void
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null
  onerror?: ((event: ErrorEvent) => void) | null
}

/**
 * Starts the worker that runs the embedded backend (decision 0009). Created before the first
 * render, so its script downloads alongside the shell's chunks.
 */
export function createBackendWorker(): Worker {
  return new Worker(backendWorkerUrl, {
    type: 'module',
    name: 'opmodel-backend',
  })
}

function readStored(storage: Storage | null): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

/** The page's localStorage, or null where the browser refuses it. */
function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

async function post(request: Request): Promise<PostedRequest> {
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text()
  return { method: request.method, url: request.url, headers: [...request.headers], body }
}

function toResponse({ status, headers, body }: PostedResponse): Response {
  return new Response(body, { status, headers })
}

function toError({ kind, message, status }: StartFailure): Error {
  return kind ? new ApiError(kind, message, status) : new Error(message)
}

/**
 * The worker writes nothing itself: the page keeps its saves in localStorage, as before.
 * False when the browser refused the write; the worker is told.
 */
function write(storage: Storage | null, message: WorkerMessage, port: BackendPort): boolean {
  try {
    if (message.type === 'save') storage?.setItem(STORAGE_KEY, message.value)
    if (message.type === 'clear') storage?.removeItem(STORAGE_KEY)
    return true
  } catch (error) {
    port.postMessage({ type: 'unsaved', why: error instanceof Error ? error.message : 'refused' })
    return false
  }
}

/**
 * Starts the backend in its worker and resolves, once it is ready, to a `LocalBackend` that
 * posts each request there. A failed start (the generated data set missing, say) rejects
 * with the error the worker met.
 */
export function connectBackend(port: BackendPort, dataset: DatasetChoice): Promise<LocalBackend> {
  const storage = pageStorage()
  const waiting = new Map<number, (response: Response) => void>()
  let nextId = 0
  // What this tab's worker holds, as far as the page knows: what it started from, last saved
  // or was last told another tab saved.
  let known = readStored(storage)

  const send = (request: PostedRequest) => {
    const id = nextId++
    const answered = new Promise<Response>((settle) => waiting.set(id, settle))
    port.postMessage({ type: 'request', id, request })
    return answered
  }

  /**
   * A change starts from the latest save of any tab: two tabs each saving their whole store
   * would otherwise lose the change of the one that saved first when their edits cross.
   */
  const change = (request: PostedRequest) =>
    inTurn(async () => {
      const stored = readStored(storage)
      if (stored !== known) {
        known = stored
        port.postMessage({ type: 'stored', value: stored })
        globalThis.dispatchEvent?.(new Event(BACKEND_CHANGED_EVENT))
      }
      return send(request)
    })

  const ready = new Promise<LocalBackend>((resolve, reject) => {
    const backend: LocalBackend = async (request) => {
      const posted = await post(request)
      const reads = posted.method === 'GET' || posted.method === 'HEAD'
      return reads || dataset !== 'note' ? send(posted) : change(posted)
    }
    port.onmessage = ({ data }) => {
      if (data.type === 'ready') resolve(backend)
      if (data.type === 'failed') reject(toError(data.failure))
      // A save is written as it arrives, before the answer to the edit that made it (posted
      // after it) reaches the page: a reload right after an edit keeps the edit.
      if ((data.type === 'save' || data.type === 'clear') && write(storage, data, port)) {
        known = data.type === 'save' ? data.value : null
      }
      if (data.type === 'response') {
        waiting.get(data.id)?.(toResponse(data.response))
        waiting.delete(data.id)
      }
    }
    port.onerror = () => reject(new Error('The mock backend could not start in this browser.'))
  })

  port.postMessage({ type: 'start', dataset, stored: known })
  if (dataset === 'note') {
    forwardOtherTabsSaves(port, storage, (value) => {
      known = value
    })
  }
  return ready
}

/** Changes from all of this browser's tabs take turns (Web Locks), where the browser has them. */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks
  return locks ? locks.request(STORE_LOCK, work) : work()
}

/** Each tab runs its own backend; when another tab saves, this one must read it again. */
function forwardOtherTabsSaves(
  port: BackendPort,
  storage: Storage | null,
  onForward: (value: string | null) => void,
) {
  globalThis.addEventListener?.('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return
    const value = readStored(storage)
    onForward(value)
    port.postMessage({ type: 'stored', value })
    // The other tab's own announcement may have come first, and this tab's refetch been
    // answered from the old data: fetch again, now behind the reload in the worker's queue.
    globalThis.dispatchEvent?.(new Event(BACKEND_CHANGED_EVENT))
  })
}

/**
 * Starts the embedded backend in a Web Worker: it reads the meeting note and the seed files
 * as shipped, parses them there, and answers with the same MSW handlers the tests use, over
 * a store kept in the page's localStorage. With `?dataset=generated` it serves
 * `npm run generate`'s file instead, from memory.
 */
export function startMockBackend(dataset: DatasetChoice = 'note'): Promise<LocalBackend> {
  return connectBackend(createBackendWorker(), dataset)
}
