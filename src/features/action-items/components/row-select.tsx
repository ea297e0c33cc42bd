import { useState, type ComponentProps } from 'react'

export interface RowSelectOption {
  value: string
  label: string
}

type RowSelectProps = Omit<ComponentProps<'select'>, 'value' | 'children'> & {
  value: string
  options: readonly RowSelectOption[]
}

/**
 * A native select for a table row that puts its options in the page only once it is about
 * to be used: on focus (Tab, a screen reader's focus mode) or on the press that opens it,
 * both of which come before the list opens. Until then it holds the chosen option alone and
 * reads the same. A page of rows would otherwise hold thousands of options (an owner list
 * of 64 on each of 34 rows) that the browser styles and lays out on every filter change.
 */
export function RowSelect({ value, options, onFocus, onPointerDown, ...props }: RowSelectProps) {
  const [armed, setArmed] = useState(false)
  const shown = armed ? options : options.filter((option) => option.value === value)
  return (
    <select
      {...props}
      value={value}
      onFocus={(event) => {
        setArmed(true)
        onFocus?.(event)
      }}
      onPointerDown={(event) => {
        setArmed(true)
        onPointerDown?.(event)
      }}
    >
      {shown.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}
