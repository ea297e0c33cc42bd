import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ApiError, apiRequest, OFFLINE_MESSAGE } from './api-client'

afterEach(() => vi.unstubAllGlobals())

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
