import { useEffect, useId, useState } from 'react'
import type { ActionItemsView } from '../url-state'

interface InputProps {
  view: ActionItemsView
  onChange(patch: Partial<ActionItemsView>, options?: { replace?: boolean }): void
}

/** A text value that reaches the URL once typing pauses, so history is not one entry per key. */
function useDebouncedText(value: string | undefined, commit: (next: string | undefined) => void) {
  const [draft, setDraft] = useState(value ?? '')
  const [synced, setSynced] = useState(value)

  if (synced !== value) {
    setSynced(value)
    setDraft(value ?? '')
  }

  useEffect(() => {
    if (draft.trim() === (value ?? '')) return undefined
    const timer = setTimeout(() => commit(draft.trim() || undefined), 300)
    return () => clearTimeout(timer)
  }, [draft, value, commit])

  return [draft, setDraft] as const
}

export function SearchInput({ view, onChange }: InputProps) {
  const id = useId()
  const [draft, setDraft] = useDebouncedText(view.q, (q) => onChange({ q }, { replace: true }))
  return (
    <div className="min-w-0 basis-full sm:max-w-sm sm:flex-1 sm:basis-auto">
      <label htmlFor={id} className="sr-only">
        Search action items
      </label>
      <input
        id={id}
        type="search"
        value={draft}
        maxLength={200}
        placeholder="Search title, owner or tag…"
        onChange={(event) => setDraft(event.target.value)}
        className="field w-full py-1.5"
      />
    </div>
  )
}

export function TagInput({ view, onChange }: InputProps) {
  const id = useId()
  const [draft, setDraft] = useDebouncedText(view.tag, (tag) =>
    onChange({ tag }, { replace: true }),
  )
  return (
    <div>
      <label
        htmlFor={id}
        className="mb-1.5 block text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400"
      >
        Tag
      </label>
      <input
        id={id}
        value={draft}
        placeholder="#task"
        onChange={(event) => setDraft(event.target.value)}
        className="field w-full"
      />
    </div>
  )
}

export function DueRangeInputs({ view, onChange }: InputProps) {
  const fromId = useId()
  const toId = useId()
  const labelClass = 'text-xs text-slate-600 dark:text-slate-400'
  return (
    <div className="grid grid-cols-2 gap-2" role="group" aria-label="Custom due range">
      <div className="min-w-0">
        <label htmlFor={fromId} className={labelClass}>
          Due from
        </label>
        <input
          id={fromId}
          type="date"
          value={view.dueFrom ?? ''}
          max={view.dueTo}
          onChange={(event) => onChange({ dueFrom: event.target.value || undefined })}
          className="field w-full px-1.5"
        />
      </div>
      <div className="min-w-0">
        <label htmlFor={toId} className={labelClass}>
          Due to
        </label>
        <input
          id={toId}
          type="date"
          value={view.dueTo ?? ''}
          min={view.dueFrom}
          onChange={(event) => onChange({ dueTo: event.target.value || undefined })}
          className="field w-full px-1.5"
        />
      </div>
    </div>
  )
}
