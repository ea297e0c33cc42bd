import type { Page, Route } from '@playwright/test'

export type Fault = '500' | '404' | 'timeout' | 'malformed JSON' | 'wrong shape'

export const faults: Fault[] = ['500', '404', 'timeout', 'malformed JSON', 'wrong shape']

/** What the page should say for each fault: the server's own message where it sent one. */
export const faultMessages: Record<Fault, RegExp> = {
  '500': /The database is unavailable\./,
  '404': /Nothing at this address\./,
  timeout: /Could not reach the server/,
  'malformed JSON': /not valid JSON/,
  'wrong shape': /did not have the expected shape/,
}

function apiError(status: number, message: string) {
  return { status, json: { error: { status, message, issues: [] } } }
}

function fail(route: Route, fault: Fault) {
  switch (fault) {
    case '500':
      return route.fulfill(apiError(500, 'The database is unavailable.'))
    case '404':
      return route.fulfill(apiError(404, 'Nothing at this address.'))
    case 'timeout':
      return route.abort('timedout')
    case 'malformed JSON':
      return route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": [' })
    case 'wrong shape':
      return route.fulfill({ status: 200, json: { items: 'not a list', total: 'many' } })
  }
}

type UrlTest = (url: URL) => boolean

/** Makes matching requests fail until restore() is called; others pass to earlier routes. */
export async function breakApi(page: Page, matches: UrlTest, fault: Fault) {
  let broken = true
  await page.route(matches, (route) => (broken ? fail(route, fault) : route.fallback()))
  return {
    restore: () => {
      broken = false
    },
  }
}

/** Holds the first `times` matching requests for `ms` before letting them through. */
export async function slowApi(page: Page, matches: UrlTest, ms: number, times = Infinity) {
  let held = 0
  await page.route(matches, async (route) => {
    held += 1
    if (held <= times) await new Promise((resolve) => setTimeout(resolve, ms))
    await route.fallback()
  })
}
