import { errorMessage } from '@/lib/api-client'
import { useBackendMeta, useResetBackend } from './api/backend-meta'

/** Says when saved data was reset or the seed has problems, and offers a reset to the note. */
export function BackendNotices() {
  const meta = useBackendMeta()
  const reset = useResetBackend()
  const notices = [...(meta.data?.notices ?? []), ...(meta.data?.problems ?? [])]
  const restored = meta.data?.storage === 'restored'

  if (!restored && notices.length === 0 && !reset.isError) return null
  return (
    <div className="no-print border-b border-amber-200 bg-amber-50 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50">
      <div
        className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-3 px-4 py-2"
        role="status"
      >
        {notices.map((notice) => (
          <span key={notice}>{notice}</span>
        ))}
        {restored ? <span>Showing your saved changes on top of the meeting note.</span> : null}
        {reset.isError ? <span role="alert">{errorMessage(reset.error)}</span> : null}
        <button
          type="button"
          className="btn"
          disabled={reset.isPending}
          onClick={() => {
            if (window.confirm('Discard every saved change and go back to the note’s data?')) {
              reset.mutate()
            }
          }}
        >
          Reset to the note’s data
        </button>
      </div>
    </div>
  )
}
