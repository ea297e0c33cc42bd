import { ApiError } from '@/lib/api-client'
import { createBackendFromSeed } from './create-backend'
import {
  GENERATED_DATASET_PATH,
  generatedDatasetSchema,
  seedFromDataset,
} from './seed/generated-dataset'
import { noPersistence } from './store/persistence'

function missing(url: string, why: string): ApiError {
  return new ApiError(
    'http',
    `No generated data set at ${url} (${why}). Run npm run generate first, ` +
      'then build again or restart the dev server.',
    404,
  )
}

async function fetchDataset(url: string): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(url)
  } catch {
    throw missing(url, 'the request failed')
  }
  // Dev and preview servers answer an unknown path with the app's index.html, status 200.
  const isJson = response.headers.get('content-type')?.includes('json') ?? false
  if (!response.ok || !isJson) {
    throw missing(url, response.ok ? 'the server sent a page, not JSON' : `HTTP ${response.status}`)
  }
  try {
    return await response.json()
  } catch {
    throw new ApiError('malformed', `${url} is not valid JSON. Run npm run generate again.`)
  }
}

/**
 * The backend over `npm run generate`'s data set, kept in memory only: 50,000 items are far
 * over localStorage's quota, so changes last until the tab reloads.
 */
export async function createGeneratedBackend(base: string) {
  const url = `${base}${GENERATED_DATASET_PATH}`
  const parsed = generatedDatasetSchema.safeParse(await fetchDataset(url))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''
    throw new ApiError(
      'malformed',
      `${url} does not match this version of OpModel${where}. Run npm run generate again.`,
    )
  }
  return createBackendFromSeed(seedFromDataset(parsed.data), noPersistence())
}
