import type { ActionItem } from '@/contract'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'
import { formatCalendarDate } from '@/lib/format'
import { revealBidiControls } from '@/lib/reveal-bidi'

export function DueMarker({ due, overdue }: { due: string | null; overdue: boolean }) {
  if (due === null) return null
  if (!isValidCalendarDate(due)) {
    return (
      <span className="rounded bg-fuchsia-100 px-1.5 py-0.5 text-xs font-medium text-fuchsia-900 dark:bg-fuchsia-950 dark:text-fuchsia-200">
        invalid date
      </span>
    )
  }
  if (!overdue) return <span className="sr-only">{formatCalendarDate(due)}</span>
  return (
    <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800 dark:bg-red-950 dark:text-red-200">
      overdue
    </span>
  )
}

export function SourceCell({ source }: { source: ActionItem['source'] }) {
  if (!source) return <span className="text-slate-500 dark:text-slate-400">—</span>
  return (
    <span title={source.noteTitle}>
      Note, line {source.line}
      <span className="sr-only"> of “{source.noteTitle}”</span>
    </span>
  )
}

export function WarningsCell({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return <span className="sr-only">No warnings</span>
  const label = `${warnings.length} warning${warnings.length > 1 ? 's' : ''}: ${warnings.join('; ')}`
  return (
    <span
      title={warnings.join('\n')}
      className={
        'inline-flex items-center gap-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium ' +
        'text-amber-900 ' +
        'dark:bg-amber-950 dark:text-amber-200'
      }
    >
      <span aria-hidden="true">⚠ {warnings.length}</span>
      <span className="sr-only">{label}</span>
    </span>
  )
}

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="text-slate-500 dark:text-slate-400">—</span>
  return (
    <ul className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <li
          key={tag}
          className={
            'rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 ' +
            'dark:bg-slate-800 dark:text-slate-300'
          }
        >
          {revealBidiControls(tag)}
        </li>
      ))}
    </ul>
  )
}
