import { MutationCache, onlineManager, QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client'

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx or a malformed answer will not change on retry; a network blip or a 5xx may.
  if (error instanceof ApiError && (error.kind === 'malformed' || (error.status ?? 500) < 500)) {
    return false
  }
  return failureCount < 2
}

export function createQueryClient(): QueryClient {
  // The manager only hears later online/offline events; a page opened offline starts so.
  if (globalThis.navigator?.onLine === false) onlineManager.setOnline(false)
  const client: QueryClient = new QueryClient({
    // Any saved change makes the backend's storage state "restored": refresh the banner
    // that offers the reset to the note's data.
    mutationCache: new MutationCache({
      onSuccess: () => void client.invalidateQueries({ queryKey: ['meta'] }),
    }),
    defaultOptions: {
      // 'online': offline, requests wait (paused, kept in memory) and go out on reconnect.
      queries: {
        retry: shouldRetry,
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        networkMode: 'online',
      },
      mutations: { retry: false, networkMode: 'online' },
    },
  })
  return client
}
