import { http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { accountListSchema, actionItemListSchema, backendMetaSchema } from '@/contract'
import { apiRequest, BACKEND_CHANGED_EVENT, waitForBackend } from '@/lib/api-client'
import { connectBackend, type BackendPort } from './browser'
import { STORAGE_KEY } from './store/persistence'
import { respond, serveBackend, type WorkerPort } from './worker/serve'

const channels: MessageChannel[] = []

/** The page's end of a channel whose other end is served as the worker would serve it. */
function workerPort(): BackendPort {
  const channel = new MessageChannel()
  channels.push(channel)
  serveBackend(channel.port2 as unknown as WorkerPort)
  return channel.port1 as unknown as BackendPort
}

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close()
    channel.port2.close()
  }
  vi.unstubAllGlobals()
})

describe('the backend in its worker', () => {
  it('answers the API client from the note, without the network', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    waitForBackend(connectBackend(workerPort(), 'note'))

    const { accounts } = await apiRequest('/accounts', accountListSchema)

    expect(accounts.map((account) => account.id).sort()).toEqual(['coreweave', 'xai'])
    expect(fetch).not.toHaveBeenCalled()
  })

  it('writes an edit to localStorage before the page has its answer', async () => {
    waitForBackend(connectBackend(workerPort(), 'note'))
    const { items } = await apiRequest('/action-items?pageSize=1', actionItemListSchema)
    const id = items[0]?.id ?? ''

    await apiRequest(`/action-items/${id}`, z.unknown(), {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Renamed in a test' }),
    })

    expect(localStorage.getItem(STORAGE_KEY)).toContain('Renamed in a test')
  })

  it('reads the store again when another tab saves', async () => {
    const thisTab = await connectBackend(workerPort(), 'note')
    waitForBackend(connectBackend(workerPort(), 'note'))
    const { items } = await apiRequest('/action-items?pageSize=1', actionItemListSchema)
    const id = items[0]?.id ?? ''
    await apiRequest(`/action-items/${id}`, z.unknown(), {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Saved by the other tab' }),
    })

    const pageToldToRefetch = vi.fn()
    window.addEventListener(BACKEND_CHANGED_EVENT, pageToldToRefetch)
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    const answer = await thisTab(new Request(`http://localhost/api/action-items/${id}`))

    expect(await answer.json()).toMatchObject({ title: 'Saved by the other tab' })
    // A refetch the other tab's announcement set off earlier may have had the old data.
    expect(pageToldToRefetch).toHaveBeenCalled()
    window.removeEventListener(BACKEND_CHANGED_EVENT, pageToldToRefetch)
  })

  it('keeps both edits when two tabs change items before either hears of the other', async () => {
    const thisTab = await connectBackend(workerPort(), 'note')
    const otherTab = await connectBackend(workerPort(), 'note')
    const list = await (await thisTab(new Request('http://localhost/api/action-items'))).json()
    const [first, second] = actionItemListSchema.parse(list).items
    const rename = (id: string, title: string) =>
      new Request(`http://localhost/api/action-items/${id}`, {
        method: 'PATCH',
        body: JSON.stringify({ title }),
      })

    // No storage event between the two: the other tab has not heard of the first edit.
    await thisTab(rename(first?.id ?? '', 'Renamed in this tab'))
    await otherTab(rename(second?.id ?? '', 'Renamed in the other tab'))

    const stored = localStorage.getItem(STORAGE_KEY) ?? ''
    expect(stored).toContain('Renamed in this tab')
    expect(stored).toContain('Renamed in the other tab')
  })

  it('starts from what the page stored, with the notice for data it cannot read', async () => {
    localStorage.setItem(STORAGE_KEY, '{"schemaVersion": 0}')
    waitForBackend(connectBackend(workerPort(), 'note'))

    const meta = await apiRequest('/meta', backendMetaSchema)

    expect(meta.storage).toBe('reset')
    expect(meta.notices[0]).toMatch(/older version/)
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('fails to start with the same error as before when the data set is missing', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('', { status: 404 })))

    await expect(connectBackend(workerPort(), 'generated')).rejects.toMatchObject({
      name: 'ApiError',
      kind: 'http',
      status: 404,
      message: expect.stringMatching(/^No generated data set at .*\(HTTP 404\)/),
    })
  })

  it('answers a path nobody serves with a 404 that names it', async () => {
    const response = await respond([], new Request('http://localhost/api/nothing'))

    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({
      error: { message: 'No endpoint answers GET /api/nothing.' },
    })
  })

  it('answers a handler that throws with a 500 the client shows', async () => {
    const broken = http.get('*/api/people', () => {
      throw new Error('store unreadable')
    })
    waitForBackend(Promise.resolve((request: Request) => respond([broken], request)))

    await expect(apiRequest('/people', z.unknown())).rejects.toMatchObject({
      kind: 'http',
      status: 500,
      message: 'The mock backend failed: store unreadable',
    })
  })
})
