import type { ApiErrorKind } from '@/lib/api-client'
import type { DatasetChoice } from '@/lib/dataset-choice'

/** A request as it crosses to the backend's worker: `Request` itself cannot be posted. */
export interface PostedRequest {
  method: string
  url: string
  headers: Array<[string, string]>
  body: string | null
}

/** The worker's answer, turned back into a `Response` in the page. */
export interface PostedResponse {
  status: number
  headers: Array<[string, string]>
  body: string | null
}

/** Why the backend could not start, with what the page needs to rebuild the same error. */
export interface StartFailure {
  kind: ApiErrorKind | null
  message: string
  status: number | null
}

/** From the page to the worker. */
export type PageMessage =
  | { type: 'start'; dataset: DatasetChoice; stored: string | null }
  | { type: 'request'; id: number; request: PostedRequest }
  /** Another tab saved, or cleared, the stored data. */
  | { type: 'stored'; value: string | null }
  /** The page could not write a save to localStorage. */
  | { type: 'unsaved'; why: string }

/** From the worker to the page. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; failure: StartFailure }
  | { type: 'response'; id: number; response: PostedResponse }
  | { type: 'save'; value: string }
  | { type: 'clear' }
