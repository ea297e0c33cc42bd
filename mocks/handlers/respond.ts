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

export function searchParamsObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {}
  url.searchParams.forEach((value, key) => {
    out[key] = value
  })
  return out
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
