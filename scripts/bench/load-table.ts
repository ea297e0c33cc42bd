import type { LoadResult } from './cold-load'
import type { LighthouseFigures } from './lighthouse'

export interface LoadLine {
  name: string
  runs: number
  median: LoadResult
  lighthouse: LighthouseFigures | null
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1)
const ms = (value: number) => value.toFixed(0)

const lighthouse = (line: LoadLine, cell: (figures: LighthouseFigures) => string) =>
  line.lighthouse === null ? 'skipped' : cell(line.lighthouse)

/** One column per page, one row per figure, with the aim from issue 5 §2 beside it. */
export function printLoadTable(lines: LoadLine[], root: string, encoding: string): void {
  const rows: Array<[string, string, (line: LoadLine) => string]> = [
    ['JS+CSS before data, kB', '< 250', (l) => kB(l.median.jsCssBeforeData)],
    ['JS+CSS by end of settle, kB', '—', (l) => kB(l.median.jsCssTotal)],
    ['first contentful paint, ms', '—', (l) => ms(l.median.firstContentfulPaintMs)],
    ['data visible, ms', '< 500', (l) => ms(l.median.dataVisibleMs)],
    ['largest contentful paint, ms', '—', (l) => ms(l.median.largestContentfulPaintMs)],
    ['cumulative layout shift', '0', (l) => l.median.cumulativeLayoutShift.toFixed(3)],
    ['JS heap used, MB', '< 8', (l) => l.median.heapUsedMb.toFixed(1)],
    ['JS heap after GC, MB', '< 8', (l) => l.median.heapAfterGcMb.toFixed(1)],
    ['Lighthouse mobile performance', '≥ 95', (l) => lighthouse(l, (f) => String(f.score))],
    ['  its simulated FCP, ms', '—', (l) => lighthouse(l, (f) => ms(f.firstContentfulPaintMs))],
    ['  its simulated LCP, ms', '—', (l) => lighthouse(l, (f) => ms(f.largestContentfulPaintMs))],
    ['  its total blocking time, ms', '—', (l) => lighthouse(l, (f) => ms(f.totalBlockingTimeMs))],
  ]
  const header = ['figure (median)', 'aim', ...lines.map((l) => `${l.name}, ${l.runs} runs`)]
  const table = rows.map(([label, aim, cell]) => [label, aim, ...lines.map(cell)])
  const widths = header.map((title, i) => Math.max(title.length, ...table.map((r) => r[i]!.length)))
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')

  console.log(`Chromium cold loads of ${root}; compression: ${encoding}`)
  console.log(format(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of table) console.log(format(row))
}
