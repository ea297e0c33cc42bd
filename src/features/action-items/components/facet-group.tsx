import { useId, useState } from 'react'

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
  /**
   * Past this many options the group shows the first `limit` (the busiest, as given), the
   * chosen ones and the `pinned` ones, and a button for the rest, with a box to find one.
   */
  limit?: number
  pinned?: readonly string[]
}

// A list this much longer than the limit is not worth folding.
export const FOLD_SLACK = 2

function visibleOptions(props: FacetGroupProps, expanded: boolean, find: string): FacetOption[] {
  const { options, selected, limit = Infinity, pinned = [] } = props
  if (options.length <= limit + FOLD_SLACK) return options
  if (expanded) {
    const needle = find.trim().toLowerCase()
    return needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options
  }
  return options.filter(
    (option, index) =>
      index < limit || selected.includes(option.value) || pinned.includes(option.value),
  )
}

function FacetCheckbox(props: {
  id: string
  option: FacetOption
  checked: boolean
  onToggle(checked: boolean): void
}) {
  const { id, option, checked, onToggle } = props
  return (
    <label
      htmlFor={id}
      className={
        'flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-slate-100 ' +
        'dark:hover:bg-slate-800'
      }
    >
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-label={`${option.label} (${option.count} ${option.count === 1 ? 'item' : 'items'})`}
        onChange={(event) => onToggle(event.target.checked)}
        className="size-4 accent-sky-700"
      />
      <span
        className={`min-w-0 flex-1 truncate ${option.count === 0 && !checked ? 'text-slate-500 dark:text-slate-400' : ''}`}
      >
        {option.label}
      </span>
      <span aria-hidden="true" className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
        {option.count}
      </span>
    </label>
  )
}

/** A group of checkboxes; each option says how many items choosing it would leave. */
export function FacetGroup(props: FacetGroupProps) {
  const { legend, options, selected, onChange, limit = Infinity } = props
  const baseId = useId()
  const [expanded, setExpanded] = useState(false)
  const [find, setFind] = useState('')
  const foldable = options.length > limit + FOLD_SLACK
  const shown = visibleOptions(props, expanded, find)
  const noun = legend.toLowerCase()

  function toggle(value: string, checked: boolean) {
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value))
  }

  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {legend}
      </legend>
      {foldable && expanded ? (
        <input
          type="search"
          value={find}
          onChange={(event) => setFind(event.target.value)}
          aria-label={`Find ${noun === 'owner' ? 'an' : 'a'} ${noun}`}
          placeholder={`Find ${noun === 'owner' ? 'an' : 'a'} ${noun}…`}
          className="field mb-1 w-full py-1"
        />
      ) : null}
      <ul id={`${baseId}-list`} className="space-y-0.5">
        {shown.map((option) => (
          <li key={option.value}>
            <FacetCheckbox
              id={`${baseId}-${option.value}`}
              option={option}
              checked={selected.includes(option.value)}
              onToggle={(checked) => toggle(option.value, checked)}
            />
          </li>
        ))}
      </ul>
      {foldable && expanded && shown.length === 0 ? (
        <p className="px-1.5 py-1 text-sm text-slate-600 dark:text-slate-400">
          No {noun} matches “{find}”.
        </p>
      ) : null}
      {foldable ? (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={`${baseId}-list`}
          onClick={() => {
            setExpanded(!expanded)
            setFind('')
          }}
          className={
            'mt-1 px-1.5 text-sm font-medium text-sky-800 underline-offset-2 hover:underline ' +
            'dark:text-sky-300'
          }
        >
          {expanded ? 'Show fewer' : `Show all ${options.length.toLocaleString('en')} ${noun}s`}
        </button>
      ) : null}
    </fieldset>
  )
}
