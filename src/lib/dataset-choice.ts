/** Which data the embedded backend serves: the meeting note, or `npm run generate`'s file. */
export type DatasetChoice = 'note' | 'generated'

const STORAGE_KEY = 'opmodel:dataset'
const PARAM = 'dataset'

function readStored(storage: Storage | undefined): DatasetChoice {
  try {
    return storage?.getItem(STORAGE_KEY) === 'generated' ? 'generated' : 'note'
  } catch {
    // Storage can be switched off; the note is then the only choice.
    return 'note'
  }
}

let remembered: DatasetChoice | null = null

/** This tab's choice, as read at start-up. */
export function datasetChoice(storage: Storage | undefined = globalThis.sessionStorage) {
  return remembered ?? readStored(storage)
}

/**
 * Reads `?dataset=generated` (or `?dataset=note`), keeps it for this tab so that links and
 * reloads keep it, and takes it out of the address so that pages never see it as a filter.
 */
export function rememberDatasetChoice(
  location: Location = window.location,
  storage: Storage | undefined = globalThis.sessionStorage,
): DatasetChoice {
  const url = new URL(location.href)
  const asked = url.searchParams.get(PARAM)
  if (asked === null) {
    remembered = readStored(storage)
    return remembered
  }
  try {
    if (asked === 'generated') storage?.setItem(STORAGE_KEY, 'generated')
    else storage?.removeItem(STORAGE_KEY)
  } catch {
    // Without storage the choice lasts until the next full page load.
  }
  url.searchParams.delete(PARAM)
  window.history.replaceState(window.history.state, '', url)
  remembered = asked === 'generated' ? 'generated' : 'note'
  return remembered
}

/** The address that switches this tab back to the meeting note's data. */
export function noteDatasetHref(base: string): string {
  return `${base}?${PARAM}=note`
}
