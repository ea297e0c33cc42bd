import { useState } from 'react'
import { ErrorPanel } from '@/components/ui/error-panel'
import type { ExportContext } from '@/domain/exports'
import { downloadText } from '../lib/download-file'
import { exportFileName, type DateRange } from '../lib/export-range'
import type { ExportShifts } from '../lib/use-export-shifts'
import type { IcsMode } from './export-format-fields'

type Kind = 'ics' | 'shifts' | 'hours'

const kinds: Record<Kind, { label: string; what: string; ext: string; type: string }> = {
  ics: {
    label: 'Calendar (.ics)',
    what: 'coverage',
    ext: 'ics',
    type: 'text/calendar;charset=utf-8',
  },
  shifts: { label: 'Shifts (.csv)', what: 'shifts', ext: 'csv', type: 'text/csv;charset=utf-8' },
  hours: {
    label: 'Hours per person (.csv)',
    what: 'hours',
    ext: 'csv',
    type: 'text/csv;charset=utf-8',
  },
}

interface ExportDownloadsProps {
  data: ExportShifts
  problem: string | null
  accountIds: string[]
  range: DateRange
  icsMode: IcsMode
  context: Omit<ExportContext, 'now'>
}

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

async function buildFile(
  kind: Kind,
  { shifts, cancelled }: Pick<ExportShifts, 'shifts' | 'cancelled'>,
  context: ExportContext,
  mode: IcsMode,
) {
  // Loaded on first use, so the calendar and CSV writers stay out of the page's bundle.
  const exporters = await import('@/domain/exports')
  if (kind === 'ics') return exporters.shiftsToIcs(shifts, { ...context, cancelled, mode })
  if (kind === 'shifts') return exporters.shiftsToCsv(shifts, context)
  return exporters.hoursReportCsv(shifts, { ...context, cancelled })
}

/** What will be exported, in numbers, and the three downloads. */
export function ExportDownloads(props: ExportDownloadsProps) {
  const { data, problem, accountIds, range, icsMode, context } = props
  const [busy, setBusy] = useState<Kind | null>(null)
  const [failed, setFailed] = useState<{ kind: Kind; error: unknown } | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const ready = !problem && accountIds.length > 0 && !data.isPending && !data.error

  async function download(kind: Kind) {
    const spec = kinds[kind]
    setBusy(kind)
    setFailed(null)
    setSaved(null)
    try {
      const text = await buildFile(
        kind,
        data,
        { ...context, now: new Date().toISOString() },
        icsMode,
      )
      const name = exportFileName(spec.what, accountIds, range, spec.ext)
      downloadText(text, name, spec.type)
      setSaved(`Downloaded ${name}`)
    } catch (error) {
      setFailed({ kind, error })
    } finally {
      setBusy(null)
    }
  }

  let summary = `${plural(data.shifts.length, 'shift')}, ${plural(accountIds.length, 'account')}`
  if (accountIds.length === 0) summary = 'Choose at least one account.'
  else if (problem) summary = 'Fix the date range to export.'
  else if (data.isPending) summary = 'Counting shifts…'

  return (
    <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3 dark:border-slate-800 dark:bg-slate-950">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-semibold" aria-live="polite">
          {summary}
        </p>
        <div className="flex flex-wrap gap-2">
          {(Object.keys(kinds) as Kind[]).map((kind) => (
            <button
              key={kind}
              type="button"
              className={`btn ${kind === 'ics' ? 'btn-primary' : ''}`}
              disabled={!ready || busy !== null}
              onClick={() => void download(kind)}
            >
              {busy === kind ? 'Preparing…' : kinds[kind].label}
            </button>
          ))}
        </div>
      </div>
      {data.error ? (
        <ErrorPanel
          title="Could not load the shifts to export"
          error={data.error}
          onRetry={data.retry}
        />
      ) : null}
      {failed ? (
        <ErrorPanel
          title={`Could not build ${kinds[failed.kind].label}`}
          error={failed.error}
          onRetry={() => void download(failed.kind)}
        />
      ) : null}
      <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {saved}
      </p>
    </div>
  )
}
