import { MutationObserver, onlineManager, QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { reloadOnceSaved } from './reload-once-saved'

afterEach(() => onlineManager.setOnline(true))

function startChange(client: QueryClient) {
  let send = () => {}
  const sent = new Promise<void>((resolve) => (send = resolve))
  const change = new MutationObserver(client, { mutationFn: () => sent, networkMode: 'online' })
  void change.mutate()
  return send
}

describe('reloadOnceSaved', () => {
  it('reloads at once when no change is waiting', () => {
    const reload = vi.fn()
    reloadOnceSaved(new QueryClient(), reload)
    expect(reload).toHaveBeenCalledOnce()
  })

  it('waits until a change kept offline has been sent', async () => {
    const client = new QueryClient()
    client.mount()
    onlineManager.setOnline(false)
    const send = startChange(client)
    const reload = vi.fn()

    reloadOnceSaved(client, reload)
    await Promise.resolve()
    expect(reload).not.toHaveBeenCalled()

    onlineManager.setOnline(true)
    await vi.waitFor(() =>
      expect(client.getMutationCache().getAll()[0]?.state.isPaused).toBe(false),
    )
    expect(reload).not.toHaveBeenCalled()

    send()
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce())
    client.unmount()
  })
})
