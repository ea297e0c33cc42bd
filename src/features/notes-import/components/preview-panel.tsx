import type { Ref } from 'react'
import type { ImportChange, ImportPreview } from '@/contract'
import { ErrorPanel } from '@/components/ui/error-panel'
import { useLookups, useViewerDay } from '@/features/action-items/components/use-lookups'
import type { OwnerMap } from '../api/preview-notes'
import { ChangeGroups } from './change-groups'
import type { ItemChoices } from './conflict-fields'
import { isMoved } from './describe-change'
import { NoteSummaries } from './note-summaries'
import { OwnerMapping } from './owner-mapping'

interface PreviewPanelProps {
  preview: ImportPreview
  /** The owner mapping the preview was made with, and the one the user has chosen since. */
  previewedMap: OwnerMap
  ownerMap: OwnerMap
  /** A preview with a changed mapping is on its way; importing waits for it. */
  remapping: boolean
  stale: boolean
  choices: Record<string, ItemChoices>
  importing: boolean
  importError: Error | null
  onChoose(id: string, choices: ItemChoices): void
  onMap(label: string, personId: string | null): void
  onImport(): void
  onCancel(): void
  ref?: Ref<HTMLHeadingElement>
}

const kindWords: Record<ImportChange['kind'], [string, string]> = {
  create: ['to create', 'to create'],
  update: ['to update', 'to update'],
  unchanged: ['unchanged', 'unchanged'],
  conflict: ['conflict', 'conflicts'],
  gone: ['no longer in the note', 'no longer in the note'],
}

function summarize(changes: ImportChange[]): string {
  const parts = (Object.keys(kindWords) as Array<ImportChange['kind']>).flatMap((kind) => {
    const inKind = changes.filter((change) => change.kind === kind)
    const [one, many] = kindWords[kind]
    const moved = kind === 'unchanged' ? inKind.filter(isMoved).length : 0
    const count = `${inKind.length} ${inKind.length === 1 ? one : many}`
    if (inKind.length === 0) return []
    return [moved > 0 ? `${count} (${moved} moved)` : count]
  })
  return parts.join(' · ') || 'No tasks found in these notes'
}

export function PreviewPanel(props: PreviewPanelProps) {
  const { preview, stale, remapping, importing, importError, onImport, onCancel, ref } = props
  const { today } = useViewerDay()
  const names = useLookups(today)
  const saving = preview.changes.some(
    (c) => (c.kind !== 'unchanged' && c.kind !== 'gone') || isMoved(c),
  )

  return (
    <section aria-labelledby="import-preview-heading" className="space-y-5">
      <div className="space-y-1">
        <h2
          id="import-preview-heading"
          ref={ref}
          tabIndex={-1}
          className="text-xl font-semibold tracking-tight"
        >
          Preview
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {summarize(preview.changes)}. Nothing is saved yet.
        </p>
      </div>

      {stale ? (
        <p
          role="status"
          className={
            'rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 ' +
            'dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50'
          }
        >
          The notes changed after this preview. Import saves what is previewed here; press Preview
          again to see your changes.
        </p>
      ) : null}

      <NoteSummaries notes={preview.notes} changes={preview.changes} />
      <OwnerMapping
        changes={preview.changes}
        previewed={props.previewedMap}
        ownerMap={props.ownerMap}
        people={names.people}
        onMap={props.onMap}
      />
      {remapping ? <p role="status">Updating the preview…</p> : null}
      <ChangeGroups
        changes={preview.changes}
        names={names}
        choices={props.choices}
        onChoose={props.onChoose}
      />

      {importError ? <ErrorPanel title="Nothing was imported" error={importError} /> : null}

      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <button
          type="button"
          className="btn btn-primary"
          disabled={importing || remapping || !saving}
          onClick={onImport}
        >
          {importing ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="btn" disabled={importing} onClick={onCancel}>
          Cancel
        </button>
        {!saving ? (
          <span className="text-sm text-slate-600 dark:text-slate-400">Nothing to import.</span>
        ) : null}
      </div>
    </section>
  )
}
