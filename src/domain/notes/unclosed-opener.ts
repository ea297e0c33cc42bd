export type Opener = { index: number; char: string }

const closerOf: Record<string, string> = { '[': ']', '{': '}' }

// A quote opens a scalar only where a value starts, so `Riley's sync` opens nothing.
function startsValue(before: string): boolean {
  return /(^|[:[{,-])\s*$/.test(before)
}

/** The first `[`, `{` or quote that a line opens and leaves open, or null. */
function findOpenOnLine(line: string): string | null {
  const open: string[] = []
  let quote: string | null = null

  for (let i = 0; i < line.length; i += 1) {
    const char = line[i] ?? ''
    if (quote !== null) {
      if (char === '\\' && quote === '"') i += 1
      else if (char === quote && quote === "'" && line[i + 1] === "'") i += 1
      else if (char === quote) quote = null
    } else if (char === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) {
      break
    } else if ((char === '"' || char === "'") && startsValue(line.slice(0, i))) {
      quote = char
    } else if (char in closerOf) {
      open.push(char)
    } else if (char === closerOf[open.at(-1) ?? '']) {
      open.pop()
    }
  }
  return quote ?? open[0] ?? null
}

/**
 * The last of `lines` that opens a flow list, map or quoted text and does not close it on the
 * same line. YAML allows such a value to go on, but when the reader then fails, that line is
 * where the user should look.
 */
export function findUnclosedOpener(lines: string[]): Opener | null {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const char = findOpenOnLine(lines[index] ?? '')
    if (char !== null) return { index, char }
  }
  return null
}
