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
        className="mb-1.5 block text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400"
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

type Range = { from: string; to: string }

function isBackwards({ from, to }: Range): boolean {
  return from !== '' && to !== '' && from > to
}

/**
 * A range typed backwards stays in the fields, with what is wrong beside them, and is not
 * written to the URL until either date is fixed: the list and the address keep the last
 * range that made sense, as the tag field keeps a value no tag could have.
 */
export function DueRangeInputs({ view, onChange }: InputProps) {
  const fromId = useId()
  const toId = useId()
  const problemId = useId()
  const [draft, setDraft] = useState<Range>({ from: view.dueFrom ?? '', to: view.dueTo ?? '' })
  const [synced, setSynced] = useState({ from: view.dueFrom, to: view.dueTo })

  if (synced.from !== view.dueFrom || synced.to !== view.dueTo) {
    setSynced({ from: view.dueFrom, to: view.dueTo })
    setDraft({ from: view.dueFrom ?? '', to: view.dueTo ?? '' })
  }

  function change(next: Range) {
    setDraft(next)
    if (!isBackwards(next))
      onChange({ dueFrom: next.from || undefined, dueTo: next.to || undefined })
  }

  const backwards = isBackwards(draft)
  const fieldProps = {
    type: 'date',
    'aria-invalid': backwards,
    'aria-describedby': backwards ? problemId : undefined,
    className: 'field w-full px-1.5',
  }
  const labelClass = 'text-xs text-slate-600 dark:text-slate-400'
  return (
    <div className="grid grid-cols-2 gap-2" role="group" aria-label="Custom due range">
      <div className="min-w-0">
        <label htmlFor={fromId} className={labelClass}>
          Due from
        </label>
        <input
          id={fromId}
          value={draft.from}
          max={draft.to || undefined}
          onChange={(event) => change({ ...draft, from: event.target.value })}
          {...fieldProps}
        />
      </div>
      <div className="min-w-0">
        <label htmlFor={toId} className={labelClass}>
          Due to
        </label>
        <input
          id={toId}
          value={draft.to}
          min={draft.from || undefined}
          onChange={(event) => change({ ...draft, to: event.target.value })}
          {...fieldProps}
        />
      </div>
      {backwards ? (
        <p
          id={problemId}
          role="alert"
          className="col-span-2 text-xs text-red-700 dark:text-red-300"
        >
          The range is backwards: “Due from” ({draft.from}) is after “Due to” ({draft.to}). Change
          either date; until then the list keeps the last range that made sense.
        </p>
      ) : null}
    </div>
  )
}
