import { useIsOnline } from '@/lib/use-is-online'

/** A spinner and what is loading; offline, requests wait, and it says what for. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  const online = useIsOnline()
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex items-center gap-2 p-3 text-sm text-slate-600 dark:text-slate-400"
    >
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-sky-600"
      />
      {label}
      {online ? null : ' Waiting for the connection.'}
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
