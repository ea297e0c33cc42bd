import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client'

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx or a malformed answer will not change on retry; a network blip or a 5xx may.
  if (error instanceof ApiError && (error.kind === 'malformed' || (error.status ?? 500) < 500)) {
    return false
  }
  return failureCount < 2
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  })
}
