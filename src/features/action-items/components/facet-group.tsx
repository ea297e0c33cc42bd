import { useId } from 'react'

export interface FacetOption {
  value: string
  label: string
  count: number
}

interface FacetGroupProps {
  legend: string
  options: FacetOption[]
  selected: readonly string[]
  onChange(next: string[]): void
}

/** A group of checkboxes; each option says how many items choosing it would leave. */
export function FacetGroup({ legend, options, selected, onChange }: FacetGroupProps) {
  const baseId = useId()

  function toggle(value: string, checked: boolean) {
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value))
  }

  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {legend}
      </legend>
      <ul className="space-y-0.5">
        {options.map((option) => {
          const id = `${baseId}-${option.value}`
          const checked = selected.includes(option.value)
          return (
            <li key={option.value}>
              <label
                htmlFor={id}
                className="flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
              >
                <input
                  id={id}
                  type="checkbox"
                  checked={checked}
                  aria-label={`${option.label} (${option.count} items)`}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                  className="size-4 accent-sky-700"
                />
                <span
                  className={`min-w-0 flex-1 truncate ${option.count === 0 && !checked ? 'text-slate-500 dark:text-slate-400' : ''}`}
                >
                  {option.label}
                </span>
                <span
                  aria-hidden="true"
                  className="text-xs text-slate-500 tabular-nums dark:text-slate-400"
                >
                  {option.count}
                </span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
