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
