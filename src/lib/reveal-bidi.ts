const NAMES: Record<string, string> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
}

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/**
 * Shows bidirectional control characters as visible marks, so a title like
 * "Invoice ‮fdp.exe‬" cannot pass itself off as "Invoice exe.pdf". The data is kept as
 * written; only what is displayed changes.
 */
export function revealBidiControls(text: string): string {
  return text.replace(CONTROLS, (char) => `⟦${NAMES[char] ?? 'BIDI'}⟧`)
}

/**
 * The same data with every string passed through `revealBidiControls`. For facts the app
 * only shows (accounts, people, shifts), so it is applied as they arrive; never to data the
 * user edits and sends back.
 */
export function revealBidiInData<T>(value: T): T {
  if (typeof value === 'string') return revealBidiControls(value) as T
  if (Array.isArray(value)) return value.map(revealBidiInData) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, revealBidiInData(child)]),
  ) as T
}
