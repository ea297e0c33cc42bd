import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { BACKEND_CHANGED_EVENT } from '@/lib/api-client'

const CHANNEL_NAME = 'opmodel'
/** Used only where BroadcastChannel is missing: writing it fires `storage` in other tabs. */
const FALLBACK_KEY = 'opmodel:changed'

type ChangeMessage = { type: 'changed'; at: number }

function isChangeMessage(value: unknown): value is ChangeMessage {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'changed'
}

function refresh(client: QueryClient) {
  void client.invalidateQueries({ queryKey: ['action-items'] })
  void client.invalidateQueries({ queryKey: ['accounts'] })
  // Whether this tab shows saved changes, and so the Reset banner, follows the other's.
  void client.invalidateQueries({ queryKey: ['meta'] })
}

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME)
}

function announce(channel: BroadcastChannel | null) {
  const message: ChangeMessage = { type: 'changed', at: Date.now() }
  if (channel) {
    channel.postMessage(message)
    return
  }
  try {
    localStorage.setItem(FALLBACK_KEY, JSON.stringify(message))
  } catch {
    // Storage is full or blocked: other tabs catch up on their next refetch.
  }
}

/**
 * Keeps other open tabs current: every successful mutation here is announced, and an
 * announcement from another tab refetches items, accounts and the backend's state, as does
 * the embedded backend reading another tab's save. Mount once, in the layout.
 */
export function useCrossTabSync() {
  const client = useQueryClient()

  useEffect(() => {
    const channel = openChannel()
    const onMessage = (event: MessageEvent) => {
      if (isChangeMessage(event.data)) refresh(client)
    }
    const onStorage = (event: StorageEvent) => {
      if (event.key === FALLBACK_KEY) refresh(client)
    }
    const onBackendChanged = () => refresh(client)
    channel?.addEventListener('message', onMessage)
    if (!channel) window.addEventListener('storage', onStorage)
    window.addEventListener(BACKEND_CHANGED_EVENT, onBackendChanged)

    const unsubscribe = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') announce(channel)
    })

    return () => {
      unsubscribe()
      channel?.removeEventListener('message', onMessage)
      channel?.close()
      window.removeEventListener('storage', onStorage)
      window.removeEventListener(BACKEND_CHANGED_EVENT, onBackendChanged)
    }
  }, [client])
}
