export interface BenchLine {
  name: string
  medianMs: number
  runs: number
  aimMs: number | null
  heapMb: number
}

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(2)
}

/** A plain-text table; figures only, the reader judges them against the aim. */
export function printTable(lines: BenchLine[]): void {
  const rows = lines.map((line) => [
    line.name,
    formatMs(line.medianMs),
    line.aimMs === null ? '—' : `< ${line.aimMs}`,
    String(line.runs),
    line.heapMb.toFixed(0),
  ])
  const header = ['line', 'median ms', 'aim ms', 'runs', 'heap MB']
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((r) => r[i]!.length)))
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`)
  console.log(format(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(format(row))
}
