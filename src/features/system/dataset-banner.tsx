import { apiBaseUrl, errorMessage } from '@/lib/api-client'
import { datasetChoice, noteDatasetHref } from '@/lib/dataset-choice'
import { useBackendMeta } from './api/backend-meta'

const bar = 'no-print border-b text-sm'
const inner = 'mx-auto flex max-w-screen-2xl flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2'

function BackLink() {
  return (
    <a href={noteDatasetHref(import.meta.env.BASE_URL)} className="font-medium underline">
      Back to the meeting note
    </a>
  )
}

/** Says the tab shows `npm run generate`'s data, that nothing is saved, and how to leave. */
export function DatasetBanner() {
  const meta = useBackendMeta()
  if (apiBaseUrl() || datasetChoice() !== 'generated') return null

  if (meta.isError) {
    return (
      <div
        className={`${bar} border-red-300 bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-50`}
      >
        <div role="alert" className={inner}>
          <strong>The generated data set could not be loaded.</strong>
          <span>{errorMessage(meta.error)}</span>
          <BackLink />
        </div>
      </div>
    )
  }

  const dataset = meta.data?.dataset
  const counts = dataset
    ? `${dataset.accounts.toLocaleString()} accounts, ${dataset.items.toLocaleString()} items`
    : 'loading…'
  return (
    <div
      className={`${bar} border-violet-200 bg-violet-50 text-violet-950 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-50`}
    >
      <div role="status" className={inner}>
        <span>
          <strong>Generated data set:</strong> {counts} — <BackLink />
        </span>
        <span className="text-violet-900 dark:text-violet-200">
          Kept in this tab’s memory only: changes are not saved across reloads.
        </span>
      </div>
    </div>
  )
}
