import { useMutationState } from '@tanstack/react-query'
import { useIsOnline } from '@/lib/use-is-online'

function changesWord(count: number): string {
  return count === 1 ? '1 change' : `${count} changes`
}

/**
 * Says when the connection is gone and how many changes wait for it. Paused changes live in
 * this page's memory only, so the banner warns that closing the page loses them.
 */
export function OfflineBanner() {
  const online = useIsOnline()
  const waiting = useMutationState({
    filters: { status: 'pending', predicate: (mutation) => mutation.state.isPaused },
  }).length

  // The live region stays mounted so screen readers hear the message when it appears.
  return (
    <div role="status" className="no-print">
      {online ? null : (
        <div className="border-b border-slate-300 bg-slate-800 text-sm text-white dark:border-slate-600 dark:bg-slate-200 dark:text-slate-950">
          <p className="mx-auto max-w-screen-2xl px-4 py-2">
            <strong>You are offline.</strong> Changes you make are kept on this page and sent when
            you reconnect
            {waiting > 0 ? ` (${changesWord(waiting)} waiting)` : ''}; closing or reloading the page
            loses them.
          </p>
        </div>
      )}
    </div>
  )
}
