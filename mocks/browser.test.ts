import { http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { accountListSchema } from '@/contract'
import { apiRequest, waitForBackend } from '@/lib/api-client'
import { serveInPage, startMockBackend } from './browser'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the in-page backend', () => {
  it('answers the API client from the note, without the network', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    waitForBackend(startMockBackend())

    const { accounts } = await apiRequest('/accounts', accountListSchema)

    expect(accounts.map((account) => account.id).sort()).toEqual(['coreweave', 'xai'])
    expect(fetch).not.toHaveBeenCalled()
  })

  it('answers a path nobody serves with a 404 that names it', async () => {
    const backend = serveInPage([])

    const response = await backend(new Request('http://localhost/api/nothing'))

    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({
      error: { message: 'No endpoint answers GET /api/nothing.' },
    })
  })

  it('answers a handler that throws with a 500 the client shows', async () => {
    const broken = http.get('*/api/people', () => {
      throw new Error('store unreadable')
    })
    waitForBackend(Promise.resolve(serveInPage([broken])))

    await expect(apiRequest('/people', z.unknown())).rejects.toMatchObject({
      kind: 'http',
      status: 500,
      message: 'The mock backend failed: store unreadable',
    })
  })
})
