import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useIsOnline } from '@/lib/use-is-online'

/** After this long a request is slow enough to say so and offer to start it again. */
export const SLOW_AFTER_MS = 4_000

function useTookLongerThan(ms: number): boolean {
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), ms)
    return () => clearTimeout(timer)
  }, [ms])
  return slow
}

const stillWaiting = (query: Query) =>
  query.state.status === 'pending' && query.state.fetchStatus === 'fetching'

/**
 * Drops the requests still waiting for a first answer and sends them again. refetch() alone
 * would not: without data, TanStack Query hands back the request already in flight.
 */
async function askAgain(client: QueryClient) {
  await client.cancelQueries({ predicate: stillWaiting })
  await client.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'pending' })
}

/**
 * A spinner and what is loading; offline, requests wait, and it says what for. A request
 * slower than SLOW_AFTER_MS says so and can be sent again.
 */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  const online = useIsOnline()
  const client = useQueryClient()
  const slow = useTookLongerThan(SLOW_AFTER_MS)
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex flex-wrap items-center gap-2 p-3 text-sm text-slate-600 dark:text-slate-400"
    >
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-sky-600"
      />
      {label}
      {online ? null : ' Waiting for the connection.'}
      {online && slow ? <span>The server is taking longer than usual; still waiting.</span> : null}
      {online && slow ? (
        <button type="button" className="btn" onClick={() => void askAgain(client)}>
          Ask again
        </button>
      ) : null}
    </div>
  )
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return (
    <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      {children}
    </p>
  )
}
