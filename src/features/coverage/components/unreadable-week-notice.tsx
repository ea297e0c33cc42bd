/** Said when the link's `?week=` is not a date: the page shows this week instead. */
export function UnreadableWeekNotice({ onDismiss }: { onDismiss(): void }) {
  return (
    <div
      className={
        'no-print flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 ' +
        'text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50'
      }
    >
      <p role="status" className="min-w-0 flex-1">
        Sorry, the week in this link could not be read, so the current week is shown.
      </p>
      <button type="button" className="btn shrink-0" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
