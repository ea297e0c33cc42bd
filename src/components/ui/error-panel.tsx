import { errorMessage } from '@/lib/api-client'

interface ErrorPanelProps {
  title: string
  error: unknown
  onRetry?: () => void
}

export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  return (
    <div
      role="alert"
      className={
        'rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 ' +
        'dark:border-red-800 dark:bg-red-950 dark:text-red-100'
      }
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1 break-words">{errorMessage(error)}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry} className="btn mt-2">
          Try again
        </button>
      ) : null}
    </div>
  )
}
