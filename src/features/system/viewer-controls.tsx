import { useId, useState } from 'react'
import {
  browserTimeZone,
  isKnownTimeZone,
  useViewerSettings,
  type WeekStart,
} from '@/lib/viewer-settings'

const zones = Intl.supportedValuesOf('timeZone')

function useTheme() {
  const [dark, setDark] = useState(() => document.documentElement.classList.contains('dark'))
  const toggle = () => {
    const next = !dark
    document.documentElement.classList.toggle('dark', next)
    try {
      localStorage.setItem('opmodel:theme', next ? 'dark' : 'light')
    } catch {
      // The theme still applies to this visit.
    }
    setDark(next)
  }
  return { dark, toggle }
}

const weekStarts: Array<[WeekStart, string]> = [
  ['mon', 'Monday'],
  ['sun', 'Sunday'],
]

/** The viewer's clock and week (used by every "local time" and "this week"), and the theme. */
export function ViewerControls() {
  const { timeZone, setTimeZone, weekStart, setWeekStart } = useViewerSettings()
  const { dark, toggle } = useTheme()
  const [draft, setDraft] = useState(timeZone)
  const listId = useId()
  const inputId = useId()
  const weekId = useId()
  const invalid = draft !== timeZone && !isKnownTimeZone(draft)

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={inputId} className="text-slate-600 dark:text-slate-400">
        Your time zone
      </label>
      <input
        id={inputId}
        className="field w-48"
        list={listId}
        value={draft}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${inputId}-error` : undefined}
        onChange={(event) => {
          setDraft(event.target.value)
          if (isKnownTimeZone(event.target.value)) setTimeZone(event.target.value)
        }}
        onBlur={() => setDraft(timeZone)}
      />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {invalid ? (
        <span id={`${inputId}-error`} className="text-red-700 dark:text-red-300">
          Unknown zone
        </span>
      ) : null}
      {timeZone !== browserTimeZone() ? (
        <button type="button" className="btn" onClick={() => setTimeZone(browserTimeZone())}>
          Use {browserTimeZone()}
        </button>
      ) : null}
      <label htmlFor={weekId} className="text-slate-600 dark:text-slate-400">
        Week starts on
      </label>
      <select
        id={weekId}
        className="field w-28"
        value={weekStart}
        onChange={(event) => setWeekStart(event.target.value as WeekStart)}
      >
        {weekStarts.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button type="button" className="btn" aria-pressed={dark} onClick={toggle}>
        Dark theme
      </button>
    </div>
  )
}
