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

interface LoadingProps {
  label?: string
  /** Starts the request again; offered once it has taken longer than SLOW_AFTER_MS. */
  onRetry?: () => void
}

/** A spinner and what is loading; offline, requests wait, and it says what for. */
export function Loading({ label = 'Loading…', onRetry }: LoadingProps) {
  const online = useIsOnline()
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
      {online && slow && onRetry ? (
        <button type="button" className="btn" onClick={onRetry}>
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
