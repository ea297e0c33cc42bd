import { useId, useState, type FormEvent } from 'react'
import { findByName, type SavedView } from '../saved-views'

interface SaveViewFormProps {
  views: SavedView[]
  currentSearch: string
  onSave(name: string): void
  onReplace(view: SavedView, name: string): void
  onClose(): void
}

/**
 * Names the current filters. A name already in use is never overwritten silently: the
 * user is told, and either replaces that view or picks another name.
 */
export function SaveViewForm({
  views,
  currentSearch,
  onSave,
  onReplace,
  onClose,
}: SaveViewFormProps) {
  const nameId = useId()
  const clashId = useId()
  const [name, setName] = useState('')
  const [clash, setClash] = useState<SavedView | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) return
    const existing = findByName(views, name)
    if (!existing) onSave(name)
    else if (existing.search === currentSearch) onClose()
    else setClash(existing)
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-1.5">
      <label htmlFor={nameId} className="sr-only">
        Name this view
      </label>
      <input
        id={nameId}
        value={name}
        autoFocus
        maxLength={80}
        placeholder="Name this view"
        aria-invalid={clash !== null}
        aria-describedby={clash ? clashId : undefined}
        onChange={(event) => {
          setName(event.target.value)
          setClash(null)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose()
        }}
        className="field w-44 py-0.5"
      />
      {clash ? (
        <>
          <p id={clashId} role="alert" className="text-sm text-amber-900 dark:text-amber-200">
            A view named “{clash.name}” already exists. Replace it with these filters, or type
            another name.
          </p>
          <button type="button" className="btn py-0.5" onClick={() => onReplace(clash, name)}>
            Replace “{clash.name}”
          </button>
        </>
      ) : (
        <button type="submit" className="btn py-0.5" disabled={!name.trim()}>
          Save
        </button>
      )}
      <button type="button" className="btn py-0.5" onClick={onClose}>
        Cancel
      </button>
    </form>
  )
}
