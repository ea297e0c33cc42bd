import { startTransition, useEffect, useRef, useState, type FormEvent } from 'react'
import type { ImportPreview, ImportResult } from '@/contract'
import { ErrorPanel } from '@/components/ui/error-panel'
import { useImportNotes } from './api/import-notes'
import { usePreviewNotes, type OwnerMap, type UploadedNote } from './api/preview-notes'
import { ImportResultPanel } from './components/import-result'
import { NoteSources } from './components/note-sources'
import { PreviewPanel } from './components/preview-panel'
import type { ItemChoices } from './components/conflict-fields'
import { sameNotes, useNoteSources } from './use-note-sources'
import { useDocumentTitle } from '@/lib/use-document-title'

/** `fresh` is false for a preview redone after a mapping change: focus stays where it is. */
type Previewed = {
  notes: UploadedNote[]
  ownerMap: OwnerMap
  preview: ImportPreview
  fresh: boolean
}

function withMapping(map: OwnerMap, label: string, personId: string | null): OwnerMap {
  const { [label]: _previous, ...rest } = map
  return personId ? { ...rest, [label]: personId } : rest
}

/** The choices for the items this preview holds in conflict; the server refuses any other. */
function choicesFor(preview: ImportPreview, choices: Record<string, ItemChoices>) {
  const sent: Record<string, ItemChoices> = {}
  for (const { kind, item } of preview.changes) {
    const chosen = choices[item.id]
    if (kind === 'conflict' && chosen) sent[item.id] = chosen
  }
  return sent
}

export function ImportPage() {
  const sources = useNoteSources()
  useDocumentTitle('Import notes')
  const previewing = usePreviewNotes()
  const importing = useImportNotes()
  const [previewed, setPreviewed] = useState<Previewed | null>(null)
  const [ownerMap, setOwnerMap] = useState<OwnerMap>({})
  const [choices, setChoices] = useState<Record<string, ItemChoices>>({})
  const [result, setResult] = useState<ImportResult | null>(null)
  const previewHeading = useRef<HTMLHeadingElement>(null)
  const resultHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (previewed?.fresh) previewHeading.current?.focus()
  }, [previewed])
  useEffect(() => resultHeading.current?.focus(), [result])

  const blocked = sources.notes.length === 0 || sources.problems.length > 0 || sources.reading
  const stale = previewed !== null && !sameNotes(previewed.notes, sources.notes)

  function preview(event: FormEvent) {
    event.preventDefault()
    if (blocked) return
    const notes = sources.notes
    importing.reset()
    setResult(null)
    previewing.mutate(
      { notes, ownerMap },
      {
        // A preview of thousands of rows renders without freezing the form.
        onSuccess: (data) =>
          startTransition(() => {
            setPreviewed({ notes, ownerMap, preview: data, fresh: true })
            setChoices({})
          }),
      },
    )
  }

  // Only the latest mutate() call's callbacks run, so a quick second change wins.
  function remap(label: string, personId: string | null) {
    if (!previewed) return
    const next = withMapping(ownerMap, label, personId)
    setOwnerMap(next)
    previewing.mutate(
      { notes: previewed.notes, ownerMap: next },
      {
        onSuccess: (data) =>
          startTransition(() => {
            setPreviewed({ ...previewed, ownerMap: next, preview: data, fresh: false })
          }),
        onError: () => setOwnerMap(previewed.ownerMap),
      },
    )
  }

  function confirm() {
    if (!previewed) return
    importing.mutate(
      {
        notes: previewed.notes,
        choices: choicesFor(previewed.preview, choices),
        ownerMap: previewed.ownerMap,
      },
      {
        onSuccess: (data) => {
          setResult(data)
          setPreviewed(null)
          setOwnerMap({})
          sources.clear()
        },
      },
    )
  }

  function cancel() {
    setPreviewed(null)
    previewing.reset()
    importing.reset()
  }

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Import notes</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">
          Paste a meeting note or add .md files. Task lines in the Obsidian Tasks emoji or Dataview
          format become action items. Nothing is saved until you confirm the preview.
        </p>
      </header>

      {result ? (
        <ImportResultPanel ref={resultHeading} result={result} onDismiss={() => setResult(null)} />
      ) : null}

      <form onSubmit={preview} className="space-y-3" aria-label="Notes to import">
        <NoteSources
          pasteName={sources.pasteName}
          suggestedName={sources.suggestedName}
          pasteText={sources.pasteText}
          files={sources.files}
          fileNotices={sources.fileNotices}
          reading={sources.reading}
          onPasteName={sources.setPasteName}
          onPasteText={sources.setPasteText}
          onAddFiles={(files) => void sources.addFiles(files)}
          onRemoveFile={sources.removeFile}
        />
        {sources.problems.length > 0 ? (
          <ul role="alert" className="space-y-1 text-sm text-red-700 dark:text-red-300">
            {sources.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={blocked || previewing.isPending}
          >
            {previewing.isPending ? 'Reading…' : 'Preview'}
          </button>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {sources.notes.length === 0
              ? 'Add a note to preview it.'
              : `${sources.notes.length} note${sources.notes.length === 1 ? '' : 's'} ready`}
          </span>
        </div>
      </form>

      {previewing.isError ? (
        <ErrorPanel title="Could not preview the notes" error={previewing.error} />
      ) : null}

      {previewed ? (
        <PreviewPanel
          ref={previewHeading}
          preview={previewed.preview}
          previewedMap={previewed.ownerMap}
          ownerMap={ownerMap}
          remapping={previewing.isPending}
          onMap={remap}
          stale={stale}
          choices={choices}
          onChoose={(id, chosen) =>
            setChoices((current) => ({ ...current, [id]: { ...current[id], ...chosen } }))
          }
          onImport={confirm}
          onCancel={cancel}
          importing={importing.isPending}
          importError={importing.isError ? importing.error : null}
        />
      ) : null}
    </div>
  )
}
