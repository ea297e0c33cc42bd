import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createBackend } from '@mocks/create-backend'
import { readBundledSources } from '@mocks/seed/vite-sources'
import { memoryPersistence } from '@mocks/store/persistence'
import { BACKEND_CHANGED_EVENT } from '@/lib/api-client'
import { useCrossTabSync } from './use-cross-tab-sync'

function setup() {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  const invalidate = vi.spyOn(client, 'invalidateQueries')
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const hook = renderHook(
    () => {
      useCrossTabSync()
      return useMutation({ mutationFn: async () => 'saved' })
    },
    { wrapper },
  )
  return { hook, invalidate }
}

describe('useCrossTabSync', () => {
  it('refetches items and accounts when another tab announces a change', async () => {
    const { hook, invalidate } = setup()
    const otherTab = new BroadcastChannel('opmodel')

    otherTab.postMessage({ type: 'changed', at: 1 })

    await waitFor(() => expect(invalidate).toHaveBeenCalledWith({ queryKey: ['action-items'] }))
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['accounts'] })
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['meta'] })
    otherTab.close()
    hook.unmount()
  })

  it('refetches when the embedded backend has read another tab’s save', async () => {
    const { hook, invalidate } = setup()

    window.dispatchEvent(new Event(BACKEND_CHANGED_EVENT))

    await waitFor(() => expect(invalidate).toHaveBeenCalledWith({ queryKey: ['action-items'] }))
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['meta'] })
    hook.unmount()
  })

  it('announces each successful mutation to the other tabs', async () => {
    const { hook } = setup()
    const otherTab = new BroadcastChannel('opmodel')
    const heard = vi.fn()
    otherTab.addEventListener('message', (event) => heard(event.data))

    await act(() => hook.result.current.mutateAsync())

    await waitFor(() =>
      expect(heard).toHaveBeenCalledWith(expect.objectContaining({ type: 'changed' })),
    )
    otherTab.close()
    hook.unmount()
  })
})

describe('store.reload', () => {
  it('picks up what another tab’s backend saved', () => {
    const shared = memoryPersistence()
    const thisTab = createBackend(readBundledSources(), shared).store
    const otherTab = createBackend(readBundledSources(), shared).store

    otherTab.actionItems[0] = { ...otherTab.actionItems[0]!, priority: 'lowest', version: 2 }
    otherTab.save()
    thisTab.reload()

    expect(thisTab.actionItems[0]).toMatchObject({ priority: 'lowest', version: 2 })
    expect(thisTab.storage).toBe('restored')

    shared.clear()
    thisTab.reload()
    expect(thisTab.actionItems[0]?.version).toBe(1)
  })
})
