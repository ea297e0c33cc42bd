import {
  MutationObserver,
  onlineManager,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, expect, it, vi } from 'vitest'
import { RouteErrorPage } from './error-pages'
import { pageRoute } from './page-route'

afterEach(() => onlineManager.setOnline(true))

function CoveragePage() {
  return <h1>Coverage</h1>
}

it('opens a page not downloaded offline in place on reconnect, sending what waited', async () => {
  const download = vi
    .fn<() => Promise<typeof CoveragePage>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module: x.js'))
    .mockResolvedValue(CoveragePage)
  const router = createMemoryRouter(
    [
      {
        errorElement: <RouteErrorPage />,
        hydrateFallbackElement: <p>Loading</p>,
        children: [{ path: 'coverage', ...pageRoute(download) }],
      },
    ],
    { initialEntries: ['/coverage'] },
  )
  const client = new QueryClient()
  const save = vi.fn(async () => {})
  onlineManager.setOnline(false)
  void new MutationObserver(client, { mutationFn: save }).mutate()

  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  expect(await screen.findByRole('alert')).toHaveTextContent(/could not be downloaded.*offline/)
  expect(save).not.toHaveBeenCalled()

  act(() => onlineManager.setOnline(true))

  expect(await screen.findByRole('heading', { name: 'Coverage' })).toBeInTheDocument()
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  expect(save).toHaveBeenCalledOnce()
})
