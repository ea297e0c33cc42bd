import { describe, expect, it } from 'vitest'
import { selectSortedRange } from './select-range'

function makeValues(count: number): number[] {
  // A fixed pseudo-random sequence with many repeated values.
  let seed = 7
  return Array.from({ length: count }, () => {
    seed = (seed * 48271) % 2147483647
    return seed % 97
  })
}

describe('selectSortedRange', () => {
  const values = makeValues(5000)
  const compare = (a: number, b: number) => (values[a] ?? 0) - (values[b] ?? 0) || a - b
  const fullOrder = values.map((_, i) => i).sort(compare)

  it.each([
    [0, 50],
    [50, 100],
    [2450, 2500],
    [4950, 5000],
    [4990, 5100],
    [0, 5000],
  ])('gives what a full sort gives at [%i, %i)', (start, end) => {
    const order = values.map((_, i) => i)

    expect(selectSortedRange(order, start, end, compare)).toEqual(fullOrder.slice(start, end))
  })

  it('gives nothing past the end', () => {
    expect(selectSortedRange([0, 1, 2], 5, 10, compare)).toEqual([])
  })
})
