import { performance } from 'node:perf_hooks'

export interface Measurement {
  medianMs: number
  runs: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  if (sorted.length % 2 === 1) return sorted[mid] ?? 0
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** Median wall time of `runs` calls after `warmup` untimed ones, so the JIT has settled. */
export function measure(run: () => unknown, runs: number, warmup = 2): Measurement {
  for (let i = 0; i < warmup; i += 1) run()
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  return { medianMs: median(times), runs }
}

/** Median over every step of every round: each step is one timed call. */
export function measureSteps<T>(steps: T[], run: (step: T) => unknown, rounds: number) {
  const times: number[] = []
  for (let round = 0; round <= rounds; round += 1) {
    for (const step of steps) {
      const started = performance.now()
      run(step)
      // Round 0 warms up.
      if (round > 0) times.push(performance.now() - started)
    }
  }
  return { medianMs: median(times), runs: times.length, maxMs: Math.max(...times) }
}
