import { useId } from 'react'
import type { WeekStart } from '@/lib/viewer-settings'
import { presetLabels, presetRange, type DateRange, type RangePreset } from '../lib/export-range'

interface ExportRangeFieldsProps {
  range: DateRange
  today: string
  weekStart: WeekStart
  zone: string
  problem: string | null
  onChange(range: DateRange): void
}

/** From and to dates (the `to` day is not included), quick presets, and what is wrong. */
export function ExportRangeFields(props: ExportRangeFieldsProps) {
  const { range, today, weekStart, zone, problem, onChange } = props
  const id = useId()
  const describedBy = `${id}-hint ${id}-problem`

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Date range</legend>
      <div className="flex flex-wrap gap-1.5" role="group" aria-label="Quick ranges">
        {(Object.keys(presetLabels) as RangePreset[]).map((preset) => {
          const next = presetRange(preset, today, weekStart)
          const active = next.fromDate === range.fromDate && next.toDate === range.toDate
          return (
            <button
              key={preset}
              type="button"
              aria-pressed={active}
              className={`btn px-2 py-1 text-xs ${active ? 'btn-primary' : ''}`}
              onClick={() => onChange(next)}
            >
              {presetLabels[preset]}
            </button>
          )
        })}
      </div>
      <div className="flex flex-wrap gap-3">
        <label className="flex flex-col gap-1 text-sm">
          From
          <input
            type="date"
            className="field"
            value={range.fromDate}
            aria-invalid={problem !== null}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ ...range, fromDate: event.target.value })}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Until
          <input
            type="date"
            className="field"
            value={range.toDate}
            aria-invalid={problem !== null}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ ...range, toDate: event.target.value })}
          />
        </label>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        From the start of the first day to the start of the last, in {zone}. Up to one year.
      </p>
      <p
        id={`${id}-problem`}
        aria-live="polite"
        className="text-sm font-medium text-red-700 dark:text-red-300"
      >
        {problem}
      </p>
    </fieldset>
  )
}
