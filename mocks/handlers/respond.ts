import { HttpResponse } from 'msw'
import type { z } from 'zod'
import type { ApiError } from '@/contract'

export function errorResponse(
  status: number,
  message: string,
  issues: ApiError['error']['issues'] = [],
) {
  const body: ApiError = { error: { status, message, issues } }
  return HttpResponse.json(body, { status })
}

/** Turns zod issues on query parameters into a 400 that names each parameter and why. */
export function badRequest(error: z.ZodError, what: string) {
  const issues = error.issues.map((issue) => ({
    path: issue.path.join('.') || '(query)',
    message: issue.message,
  }))
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ')
  return errorResponse(400, `Invalid ${what}: ${summary}`, issues)
}

type QueryResult<T> = { ok: true; data: T } | { ok: false; response: Response }

/**
 * Reads a request's query with its schema. A parameter given twice is refused rather than
 * half-read: lists are written with commas (`owner=a,b`), and a second `owner=` would
 * otherwise silently win.
 */
export function parseQuery<T>(request: Request, schema: z.ZodType<T>): QueryResult<T> {
  const params = new URL(request.url).searchParams
  const repeated = [...new Set(params.keys())].filter((key) => params.getAll(key).length > 1)
  if (repeated.length > 0) {
    const issues = repeated.map((path) => ({
      path,
      message: 'given more than once; write a list with commas instead',
    }))
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ')
    return { ok: false, response: errorResponse(400, `Invalid query: ${summary}`, issues) }
  }
  const parsed = schema.safeParse(Object.fromEntries(params))
  if (!parsed.success) return { ok: false, response: badRequest(parsed.error, 'query') }
  return { ok: true, data: parsed.data }
}

/** Handlers match any origin, so the same set serves the browser, Node and a preview server. */
export function apiPath(path: string): string {
  return `*/api${path}`
}

export async function readJsonBody(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await request.json() }
  } catch {
    return { ok: false, response: errorResponse(400, 'The request body is not valid JSON.') }
  }
}
