import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { routes } from '@/app/routes'
import { ViewerSettingsProvider } from '@/lib/viewer-settings'
import { createTestBackend } from '@mocks/node'

/**
 * Starts a fresh in-memory mock backend (the same handlers the app uses) for one test file.
 * Override a handler in a test with `backend.server.use(http.get(...))` to make it fail.
 */
export function startTestBackend() {
  const backend = createTestBackend()
  beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    backend.server.resetHandlers()
    backend.store.reset()
  })
  afterAll(() => backend.server.close())
  return backend
}

/** Renders the whole app at a URL, with its own query client that never retries. */
export function renderRoute(url: string) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  })
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  const view = render(
    <QueryClientProvider client={client}>
      <ViewerSettingsProvider>
        <RouterProvider router={router} />
      </ViewerSettingsProvider>
    </QueryClientProvider>,
  )
  return { ...view, router, client }
}
