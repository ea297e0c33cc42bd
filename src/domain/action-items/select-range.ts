export type IndexCompare = (a: number, b: number) => number

function swap(order: number[], i: number, j: number) {
  const held = order[i] ?? 0
  order[i] = order[j] ?? 0
  order[j] = held
}

/** Quickselect: afterwards order[k] is what a full sort would put there, smaller ones before. */
function placeNth(order: number[], k: number, from: number, to: number, compare: IndexCompare) {
  let left = from
  let right = to
  const at = (i: number) => order[i] ?? 0
  while (right > left) {
    const mid = (left + right) >> 1
    if (compare(at(mid), at(left)) < 0) swap(order, mid, left)
    if (compare(at(right), at(left)) < 0) swap(order, right, left)
    if (compare(at(right), at(mid)) < 0) swap(order, right, mid)
    const pivot = at(mid)

    let i = left
    let j = right
    while (i <= j) {
      while (compare(at(i), pivot) < 0) i += 1
      while (compare(at(j), pivot) > 0) j -= 1
      if (i <= j) {
        swap(order, i, j)
        i += 1
        j -= 1
      }
    }
    if (k <= j) right = j
    else if (k >= i) left = i
    else return
  }
}

/**
 * The entries a full sort would put at positions [start, end), in order. Only one page is
 * shown at a time, so selecting it costs about n comparisons instead of n log n.
 */
export function selectSortedRange(
  order: number[],
  start: number,
  end: number,
  compare: IndexCompare,
): number[] {
  const last = Math.min(end, order.length)
  if (start >= last) return []
  if (last - start > order.length / 4) return order.sort(compare).slice(start, last)

  if (start > 0) placeNth(order, start, 0, order.length - 1, compare)
  placeNth(order, last - 1, start, order.length - 1, compare)
  return order.slice(start, last).sort(compare)
}
