import { useState } from 'react'
import type { ActionItem } from '@/contract'
import type { WeekStart } from '@/domain/action-items/due-bucket'
import { errorMessage } from '@/lib/api-client'
import { getActionItems } from '../api/get-action-items'
import { toServerSearch, type ActionItemsView } from '../url-state'
import type { Lookups } from './use-lookups'

const EXPORT_PAGE_SIZE = 500

interface ExportCsvButtonProps {
  view: ActionItemsView
  today: string
  weekStart: WeekStart
  lookups: Lookups
  total: number | undefined
}

async function fetchAll(view: ActionItemsView, viewer: { today: string; weekStart: WeekStart }) {
  const items: ActionItem[] = []
  for (let page = 1; ; page += 1) {
    const search = toServerSearch(view, viewer, { page, pageSize: EXPORT_PAGE_SIZE })
    const list = await getActionItems(search)
    items.push(...list.items)
    if (list.items.length === 0 || items.length >= list.total) return items
  }
}

function download(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Downloads every item the filters leave (all pages), not only the page on screen. */
export function ExportCsvButton({ view, today, weekStart, lookups, total }: ExportCsvButtonProps) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  })

  async function run() {
    setState({ busy: true, error: null })
    try {
      // The CSV writer (and papaparse) loads with the first export, not with the page.
      const [items, { buildActionItemsCsv }] = await Promise.all([
        fetchAll(view, { today, weekStart }),
        import('../action-items-csv'),
      ])
      download(
        buildActionItemsCsv(items, { today, weekStart, ...lookups }),
        `action-items-${today}.csv`,
      )
      setState({ busy: false, error: null })
    } catch (error) {
      setState({ busy: false, error: `Export failed: ${errorMessage(error)}` })
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {state.error ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.error}
        </span>
      ) : null}
      <button
        type="button"
        className="btn"
        disabled={state.busy || total === 0}
        onClick={() => void run()}
      >
        {state.busy ? 'Exporting…' : 'Export CSV'}
        {total !== undefined && !state.busy ? (
          <>
            <span aria-hidden="true" className="text-xs text-slate-500 dark:text-slate-400">
              {total.toLocaleString()}
            </span>
            <span className="sr-only">{`, ${total} items`}</span>
          </>
        ) : null}
      </button>
    </div>
  )
}
