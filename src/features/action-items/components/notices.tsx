import type { ActionItemPatch } from '@/contract'
import type { IgnoredParam } from '../url-state'
import type { BulkOutcome } from './use-bulk-edit'

export type EditedItem = { id: string; title: string; version: number }

export interface EditFailure {
  id: string
  itemTitle: string
  change: string
  message: string
  item: EditedItem
  patch: ActionItemPatch
}

const SHOWN_LENGTH = 60

/** A pasted value can run to thousands of characters: the notice shows its start. */
export function shorten(text: string, length = SHOWN_LENGTH): string {
  const characters = Array.from(text)
  return characters.length > length ? `${characters.slice(0, length - 1).join('')}…` : text
}

export function IgnoredParamsNotice({
  ignored,
  onDismiss,
}: {
  ignored: IgnoredParam[]
  onDismiss(): void
}) {
  if (ignored.length === 0) return null
  return (
    <div
      role="status"
      className={
        'flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm ' +
        'text-amber-950 ' +
        'dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50'
      }
    >
      <div className="min-w-0 flex-1">
        <p className="font-semibold">Some filters in the address were ignored</p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {ignored.map(({ key, value, reason, instead = 'the default' }) => (
            <li key={`${key}=${value}`} className="break-words">
              <code>
                {shorten(key)}={shorten(value)}
              </code>{' '}
              — {reason}. Showing {instead} instead.
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="btn shrink-0" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}

export function EditFailureAlerts({
  failures,
  onRetry,
  onDismiss,
}: {
  failures: EditFailure[]
  onRetry(failure: EditFailure): void
  onDismiss(id: string): void
}) {
  if (failures.length === 0) return null
  return (
    <div className="space-y-2">
      {failures.map((failure) => (
        <div
          key={failure.id}
          role="alert"
          className={
            'flex flex-wrap items-start gap-3 rounded-lg border border-red-300 bg-red-50 p-3 ' +
            'text-sm text-red-950 ' +
            'dark:border-red-800 dark:bg-red-950 dark:text-red-50'
          }
        >
          <p className="min-w-0 flex-1 break-words">
            Your change — <strong>{failure.change}</strong> — to “{failure.itemTitle}” was not
            saved: {failure.message}
          </p>
          <div className="flex shrink-0 gap-2">
            <button type="button" className="btn" onClick={() => onRetry(failure)}>
              Retry
            </button>
            <button type="button" className="btn" onClick={() => onDismiss(failure.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}

export function BulkOutcomeNotice({
  outcome,
  onDismiss,
}: {
  outcome: BulkOutcome | null
  onDismiss(): void
}) {
  if (!outcome) return null
  const tone = outcome.ok
    ? 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50'
    : 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50'
  return (
    <div
      role={outcome.ok ? 'status' : 'alert'}
      className={`flex flex-wrap items-start gap-3 rounded-lg border p-3 text-sm ${tone}`}
    >
      <p className="min-w-0 flex-1 break-words">{outcome.text}</p>
      <button type="button" className="btn shrink-0" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
