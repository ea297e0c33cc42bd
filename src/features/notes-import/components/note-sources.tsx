import { useDeferredValue, useId, useState, type DragEvent } from 'react'
import type { ChosenFile } from '../use-note-sources'

interface NoteSourcesProps {
  pasteName: string
  /** The name the pasted note takes while the field is left empty. */
  suggestedName: string
  pasteText: string
  files: ChosenFile[]
  fileNotices: string[]
  reading: boolean
  onPasteName(name: string): void
  onPasteText(text: string): void
  onAddFiles(files: Iterable<File>): void
  onRemoveFile(name: string): void
}

function formatSize(bytes: number) {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

const labelClass = 'mb-1 block text-sm font-medium'

export function NoteSources(props: NoteSourcesProps) {
  const textId = useId()
  const nameId = useId()
  // The count trails fast typing in a large note instead of holding every keystroke up.
  const characters = useDeferredValue(props.pasteText.length)

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="min-w-0">
        <label htmlFor={textId} className={labelClass}>
          Note text
        </label>
        <textarea
          id={textId}
          value={props.pasteText}
          onChange={(event) => props.onPasteText(event.target.value)}
          rows={12}
          spellCheck={false}
          placeholder={'- [ ] Confirm Sev1 paging path @Myself ⏫ 📅 2025-11-10 #task'}
          className="field block w-full resize-y font-mono text-xs leading-5"
        />
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
          <div className="flex min-w-0 items-center gap-2">
            <label htmlFor={nameId} className="shrink-0 text-sm">
              File name
            </label>
            <input
              id={nameId}
              value={props.pasteName}
              placeholder={props.suggestedName}
              onChange={(event) => props.onPasteName(event.target.value)}
              maxLength={255}
              className="field w-44 min-w-0"
            />
          </div>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            {characters.toLocaleString()} characters
          </p>
        </div>
      </div>
      <FileDropZone {...props} />
    </div>
  )
}

function FileDropZone({ files, fileNotices, reading, onAddFiles, onRemoveFile }: NoteSourcesProps) {
  const headingId = useId()
  const [dragging, setDragging] = useState(false)

  function onDrop(event: DragEvent) {
    event.preventDefault()
    setDragging(false)
    onAddFiles(event.dataTransfer.files)
  }

  return (
    <div className="min-w-0">
      <p id={headingId} className={labelClass}>
        Note files
      </p>
      <div
        role="group"
        aria-labelledby={headingId}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex min-h-32 flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed p-4 text-center text-sm ${
          dragging
            ? 'border-sky-500 bg-sky-50 dark:bg-sky-950'
            : 'border-slate-300 dark:border-slate-700'
        }`}
      >
        <p className="text-slate-600 dark:text-slate-400">Drop .md notes here, or</p>
        <label className="btn cursor-pointer focus-within:outline-2 focus-within:outline-sky-500">
          Choose .md files
          <input
            type="file"
            accept=".md,.markdown,text/markdown"
            multiple
            className="sr-only"
            onChange={(event) => {
              if (event.target.files) onAddFiles(event.target.files)
              event.target.value = ''
            }}
          />
        </label>
        {reading ? <p role="status">Reading files…</p> : null}
      </div>
      {fileNotices.length > 0 ? (
        <ul role="status" className="mt-2 space-y-1 text-sm text-amber-800 dark:text-amber-300">
          {fileNotices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      {files.length > 0 ? (
        <ul aria-label="Chosen files" className="mt-3 space-y-1">
          {files.map((file) => (
            <li
              key={file.name}
              className={
                'flex items-center justify-between gap-2 rounded-md bg-slate-100 px-2 py-1 ' +
                'text-sm ' +
                'dark:bg-slate-800'
              }
            >
              <span className="min-w-0 truncate" title={file.name}>
                {file.name}
              </span>
              <span className="flex shrink-0 items-center gap-2">
                <span className="text-xs text-slate-500 dark:text-slate-400">
                  {formatSize(file.size)}
                </span>
                <button
                  type="button"
                  className={
                    'rounded px-1 text-slate-600 hover:bg-slate-200 ' +
                    'dark:text-slate-300 dark:hover:bg-slate-700'
                  }
                  aria-label={`Remove ${file.name}`}
                  onClick={() => onRemoveFile(file.name)}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
