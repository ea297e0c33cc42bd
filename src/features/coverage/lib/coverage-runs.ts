import type { Shift } from '@/contract'

export interface CoverageRun {
  start: number
  end: number
  kind: 'uncovered' | 'monitored_only' | 'overlap'
  /** Layers on full coverage during an overlap. */
  layers: string[]
}

interface Edge {
  at: number
  shift: Shift
  delta: 1 | -1
}

function listEdges(shifts: Shift[], from: number, to: number): Edge[] {
  return shifts
    .flatMap((shift): Edge[] => {
      const start = Math.max(Date.parse(shift.start), from)
      const end = Math.min(Date.parse(shift.end), to)
      if (start >= end) return []
      return [
        { at: start, shift, delta: 1 },
        { at: end, shift, delta: -1 },
      ]
    })
    .sort((a, b) => a.at - b.at)
}

function classify(
  full: Map<string, number>,
  monitored: number,
): Omit<CoverageRun, 'start' | 'end'> | null {
  const layers = [...full.entries()].filter(([, count]) => count > 0).map(([id]) => id)
  if (layers.length >= 2) return { kind: 'overlap', layers: layers.sort() }
  if (layers.length === 1) return null
  return { kind: monitored > 0 ? 'monitored_only' : 'uncovered', layers: [] }
}

/**
 * Where a week falls short of full coverage (nobody on, or only monitoring) and where two
 * full-coverage layers are on at once. Times are epoch milliseconds, clipped to [from, to).
 */
export function findCoverageRuns(shifts: Shift[], from: number, to: number): CoverageRun[] {
  const edges = listEdges(shifts, from, to)
  const full = new Map<string, number>()
  let monitored = 0
  const runs: CoverageRun[] = []
  let cursor = from
  let index = 0

  while (cursor < to) {
    for (; index < edges.length && (edges[index] as Edge).at <= cursor; index += 1) {
      const { shift, delta } = edges[index] as Edge
      if (shift.coverage === 'full') full.set(shift.layerId, (full.get(shift.layerId) ?? 0) + delta)
      else monitored += delta
    }
    const next = index < edges.length ? (edges[index] as Edge).at : to
    const run = classify(full, monitored)
    const last = runs.at(-1)
    const sameAsLast =
      last &&
      run &&
      last.end === cursor &&
      last.kind === run.kind &&
      last.layers.join() === run.layers.join()
    if (sameAsLast) last.end = next
    else if (run) runs.push({ ...run, start: cursor, end: next })
    cursor = next
  }

  return runs
}
