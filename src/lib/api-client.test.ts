import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ApiError, apiRequest, OFFLINE_MESSAGE } from './api-client'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('apiRequest offline', () => {
  it('refuses to send, as an unreachable server would, and says why', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)

    const request = apiRequest('/people', z.unknown())

    await expect(request).rejects.toBeInstanceOf(ApiError)
    await expect(request).rejects.toMatchObject({ kind: 'network', message: OFFLINE_MESSAGE })
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('apiRequest with no answer', () => {
  it('gives up after its time limit and says the server did not answer', async () => {
    const clock = new AbortController()
    vi.spyOn(AbortSignal, 'timeout').mockReturnValue(clock.signal)
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          if (init.signal?.aborted) reject(init.signal.reason)
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason))
        }),
    )

    const request = apiRequest('/people', z.unknown())
    clock.abort(new DOMException('The operation timed out.', 'TimeoutError'))

    await expect(request).rejects.toMatchObject({
      kind: 'timeout',
      message: 'The server did not answer within 15 s.',
    })
  })
})
