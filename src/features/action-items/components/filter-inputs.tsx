import { useEffect, useId, useState } from 'react'
import { isTag, tagRule, type ActionItemsView } from '../read-view'

interface InputProps {
  view: ActionItemsView
  onChange(patch: Partial<ActionItemsView>, options?: { replace?: boolean }): void
}

/** A text value that reaches the URL once typing pauses, so history is not one entry per key. */
function useDebouncedText(
  value: string | undefined,
  commit: (next: string | undefined) => void,
  accept: (text: string) => boolean = () => true,
) {
  const [draft, setDraft] = useState(value ?? '')
  const [synced, setSynced] = useState(value)

  if (synced !== value) {
    setSynced(value)
    setDraft(value ?? '')
  }

  useEffect(() => {
    const text = draft.trim()
    if (text === (value ?? '') || (text !== '' && !accept(text))) return undefined
    const timer = setTimeout(() => commit(draft.trim() || undefined), 300)
    return () => clearTimeout(timer)
  }, [draft, value, commit, accept])

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
  const hintId = useId()
  const [draft, setDraft] = useDebouncedText(
    view.tag,
    (tag) => onChange({ tag }, { replace: true }),
    isTag,
  )
  // A value no tag could have stays in the box, with the rule, rather than emptying the list.
  const invalid = draft.trim() !== '' && !isTag(draft.trim())
  return (
    <div>
      <label
        htmlFor={id}
        className={
          'mb-1.5 block text-xs font-semibold tracking-wide text-slate-500 uppercase ' +
          'dark:text-slate-400'
        }
      >
        Tag
      </label>
      <input
        id={id}
        value={draft}
        placeholder="#task"
        aria-invalid={invalid}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        className="field w-full"
      />
      {invalid ? (
        <p id={hintId} className="mt-1 text-xs text-red-700 dark:text-red-300">
          Not a tag: {tagRule}.
        </p>
      ) : null}
    </div>
  )
}
