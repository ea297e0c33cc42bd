import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page, Route } from '@playwright/test'
import { getResponse } from 'msw'
import { createBackend } from '../../../mocks/create-backend'
import type { SeedSources } from '../../../mocks/seed/seed-sources'
import { memoryPersistence } from '../../../mocks/store/persistence'

const DATA = join(import.meta.dirname, '../../../mocks/data')

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown
}

function readFolder(folder: string, ext: string): string[] {
  return readdirSync(join(DATA, folder))
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => join(DATA, folder, name))
}

/** The seed files as the browser build bundles them, read from disk. */
export function readSeedSources(): SeedSources {
  return {
    notes: readFolder('notes', '.md').map((path) => ({
      path: `mocks/data/notes/${path.split('/').pop() ?? ''}`,
      text: readFileSync(path, 'utf8'),
    })),
    people: readJson(join(DATA, 'people.json')),
    accounts: readFolder('accounts', '.json').map(readJson),
    rotas: readFolder('rotas', '.json').map(readJson),
  }
}

async function answer(route: Route, handlers: ReturnType<typeof createBackend>['handlers']) {
  const sent = route.request()
  const body = sent.postDataBuffer()
  const request = new Request(sent.url(), {
    method: sent.method(),
    headers: await sent.allHeaders(),
    body: body && sent.method() !== 'GET' ? new Uint8Array(body) : undefined,
  })
  const response = await getResponse(handlers, request)
  if (!response) return route.fulfill({ status: 404, body: 'No handler' })
  return route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()),
  })
}

/**
 * Serves /api from the mock backend's own handlers, run here in Node, instead of from the
 * backend inside the page.
 *
 * Why: the embedded backend answers inside the page (decision 7), so its requests never
 * reach the network, page.route() or context.route(). The page is told before it loads to
 * send requests to its own origin (window.opmodelConfig), which keeps main.tsx from starting
 * the embedded backend, and this route answers them. Routes added later take precedence, so
 * a test adds a failing route on top and lifts it to "restore" the API.
 */
export async function serveApiFromNode(
  target: Page | BrowserContext,
  sources: SeedSources = readSeedSources(),
): Promise<void> {
  const { handlers } = createBackend(sources, memoryPersistence())
  await target.addInitScript(() => {
    window.opmodelConfig = { apiBaseUrl: location.origin }
  })
  await target.route('**/api/**', (route) => answer(route, handlers))
}
