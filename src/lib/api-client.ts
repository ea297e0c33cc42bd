import './zod-without-eval'
import { apiErrorSchema } from '@/contract'
import type { z } from 'zod'

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'malformed'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | null
  readonly issues: Array<{ path: string; message: string }>

  constructor(
    kind: ApiErrorKind,
    message: string,
    status: number | null = null,
    issues: Array<{ path: string; message: string }> = [],
  ) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = status
    this.issues = issues
  }
}

const REQUEST_TIMEOUT_MS = 15_000

/**
 * window.opmodelConfig.apiBaseUrl, else VITE_API_BASE_URL; empty means the embedded mock
 * backend. The run-time setting lets the browser tests answer every request themselves.
 */
export function apiBaseUrl(): string {
  const atRunTime = globalThis.window?.opmodelConfig?.apiBaseUrl
  return (atRunTime ?? import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/$/, '')
}

export const OFFLINE_MESSAGE =
  'You are offline, so this was not sent. Try again once you reconnect.'

/** The embedded mock backend: answers a request inside the page, as a server would. */
export type LocalBackend = (request: Request) => Promise<Response>

/**
 * Fired on the window by the embedded backend when another tab's save reached it: what it
 * answered before may be stale, so whatever the page shows is fetched again.
 */
export const BACKEND_CHANGED_EVENT = 'opmodel:backend-changed'

let ready: Promise<LocalBackend | null> = Promise.resolve(null)

/** Requests wait for this, so the app shell paints while the mock backend starts. */
export function waitForBackend(backend: Promise<LocalBackend>): void {
  ready = backend
}

/** Settles as the answer does, or rejects as `fetch` would once the signal aborts. */
function untilAborted<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted()
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason)
    signal.addEventListener('abort', abort, { once: true })
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

function urlFor(path: string): string {
  const base = apiBaseUrl() || globalThis.location?.origin || 'http://localhost'
  return `${base}/api${path}`
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const backend = await ready
  // The mock backend runs inside the page and would answer even with the network down, so
  // the client refuses here, as a real server would be out of reach.
  if (globalThis.navigator?.onLine === false) throw new ApiError('network', OFFLINE_MESSAGE)
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS)
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
  try {
    if (!backend) return await fetch(urlFor(path), { ...init, signal })
    return await untilAborted(backend(new Request(urlFor(path), { ...init, signal })), signal)
  } catch (error) {
    if (timeout.aborted) {
      throw new ApiError(
        'timeout',
        `The server did not answer within ${REQUEST_TIMEOUT_MS / 1000} s.`,
      )
    }
    if (init.signal?.aborted) throw error
    throw new ApiError('network', 'Could not reach the server. Check your connection.')
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    throw new ApiError(
      'malformed',
      `The server sent a response that is not valid JSON (HTTP ${response.status}).`,
      response.status,
    )
  }
}

/** Sends a request and checks the answer against the shared schema before anyone sees it. */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.infer<S>> {
  const headers = {
    Accept: 'application/json',
    ...(init.body ? { 'Content-Type': 'application/json' } : {}),
  }
  const response = await send(path, { ...init, headers: { ...headers, ...init.headers } })
  const body = await readJson(response)

  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body)
    const message = parsed.success
      ? parsed.data.error.message
      : `The server answered HTTP ${response.status}.`
    throw new ApiError(
      'http',
      message,
      response.status,
      parsed.success ? parsed.data.error.issues : [],
    )
  }

  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? ` (${first.path.join('.') || 'body'}: ${first.message})` : ''
    throw new ApiError(
      'malformed',
      `The server's answer to ${path.split('?')[0]} did not have the expected shape${where}.`,
      response.status,
    )
  }
  return parsed.data
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  if (error instanceof Error) return error.message
  return 'Something went wrong.'
}
