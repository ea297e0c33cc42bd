import { useState } from 'react'
import { revealBidiControls } from '@/lib/reveal-bidi'
import type { ImportChange, NoteMeta, NoteWarning } from '@/contract'
import { formatCalendarDate } from '@/lib/format'
import { describeNoteImport } from './describe-note-import'

const warningLabels: Record<NoteWarning['code'], string> = {
  'not-utf8': 'Encoding',
  'repaired-text': 'Repaired text',
  'unread-signifier': 'Unread signifier',
  'invalid-date': 'Invalid date',
  'unknown-owner': 'Unknown owner',
  'unknown-status': 'Unknown status',
  'front-matter': 'Front matter',
  'no-owner': 'No owner',
  'malformed-task': 'Malformed task',
}

/** A long note can carry hundreds of warnings; the first ones show, the rest on request. */
const SHOWN_WARNINGS = 50

function WarningList({ warnings }: { warnings: NoteWarning[] }) {
  const [all, setAll] = useState(false)
  const shown = all ? warnings : warnings.slice(0, SHOWN_WARNINGS)
  return (
    <>
      <ul className="mt-2 space-y-1.5 text-sm">
        {shown.map((warning, index) => (
          <li key={index} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
            <span className="w-16 shrink-0 text-xs text-slate-500 tabular-nums dark:text-slate-400">
              {warning.line === null ? 'Whole note' : `Line ${warning.line}`}
            </span>
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200">
              {warningLabels[warning.code]}
            </span>
            <span className="min-w-0 flex-1 basis-60 break-words">
              {revealBidiControls(warning.message)}
            </span>
          </li>
        ))}
      </ul>
      {warnings.length > SHOWN_WARNINGS ? (
        <button type="button" className="btn mt-2" onClick={() => setAll(!all)}>
          {all ? 'Show fewer warnings' : `Show all ${warnings.length} warnings`}
        </button>
      ) : null}
    </>
  )
}

function NoteSummary({ note, changes }: { note: NoteMeta; changes: ImportChange[] }) {
  const count = note.warnings.length
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <h3 className="font-semibold wrap-anywhere">{revealBidiControls(note.title)}</h3>
      <p className="mt-1 text-sm wrap-anywhere">{describeNoteImport(note, changes)}</p>
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <div className="flex gap-1">
          <dt>File</dt>
          <dd className="font-mono text-xs leading-5 break-all">{note.path}</dd>
        </div>
        <div className="flex gap-1">
          <dt>Date</dt>
          <dd>{note.date ? formatCalendarDate(note.date) : 'none given'}</dd>
        </div>
        <div className="flex gap-1">
          <dt>Author</dt>
          <dd>{note.author ?? 'unknown (@Myself stays unassigned)'}</dd>
        </div>
        <div className="flex gap-1">
          <dt>Tasks</dt>
          <dd>{note.itemCount}</dd>
        </div>
      </dl>
      <h4 className="mt-3 text-sm font-medium">
        {count === 0 ? 'No warnings' : `${count} warning${count === 1 ? '' : 's'}`}
      </h4>
      {count > 0 ? <WarningList warnings={note.warnings} /> : null}
    </li>
  )
}

export function NoteSummaries(props: { notes: NoteMeta[]; changes: ImportChange[] }) {
  return (
    <ul aria-label="Notes read" className="space-y-3">
      {props.notes.map((note) => (
        <NoteSummary key={note.id} note={note} changes={props.changes} />
      ))}
    </ul>
  )
}
