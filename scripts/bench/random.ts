/** mulberry32: a small seeded generator, so every bench run sees the same data. */
export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  function pick<T>(values: readonly T[]): T {
    return values[Math.floor(next() * values.length)] as T
  }
  return { next, int, pick }
}

export type Random = ReturnType<typeof createRandom>
