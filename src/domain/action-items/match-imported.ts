import type { ActionItem } from '@/contract'

type KeyOf = (item: ActionItem) => string | null

/**
 * A task with neither block id nor 🆔 is keyed by its line (`note.L5`), which edits above move.
 */
function keyedByLine(item: ActionItem): boolean {
  return item.source !== null && item.id === `${item.source.noteId}.L${item.source.line}`
}

function wordingOf(item: ActionItem): string {
  return item.title.trim().toLowerCase()
}

/**
 * Ways to find a task's stored item, surest first: its block id or 🆔 id; its wording in the
 * same note; its wording in a note of the same title (the note saved under another file name);
 * last, its line in the same note, for a task reworded where it stood.
 */
const passes: KeyOf[] = [
  (item) => (keyedByLine(item) ? null : item.id),
  (item) => item.source && JSON.stringify([item.source.noteId, wordingOf(item)]),
  (item) => item.source && JSON.stringify([item.source.noteTitle, wordingOf(item)]),
  (item) => item.source && JSON.stringify([item.source.noteId, item.source.line]),
]

function groupBy(items: ActionItem[], keyOf: KeyOf): Map<string, ActionItem[]> {
  const groups = new Map<string, ActionItem[]>()
  for (const item of items) {
    const key = keyOf(item)
    if (key === null) continue
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/** Of several tasks worded alike, the one that stood nearest is most likely the same. */
function pickNearest(candidates: ActionItem[], line: number): ActionItem | null {
  const distance = (item: ActionItem) => Math.abs((item.source?.line ?? 0) - line)
  return candidates.reduce<ActionItem | null>(
    (best, item) => (best === null || distance(item) < distance(best) ? item : best),
    null,
  )
}

/**
 * Finds the stored item each incoming task updates, or null for a new one. Each pass runs over
 * every task before the next, so a task still matched by its wording is never taken by another
 * task that now stands on its old line; and no stored item is matched twice.
 */
export function matchImported(stored: ActionItem[], incoming: ActionItem[]) {
  const found: Array<ActionItem | null> = incoming.map(() => null)
  const taken = new Set<ActionItem>()

  for (const keyOf of passes) {
    const groups = groupBy(stored, keyOf)
    incoming.forEach((item, index) => {
      const key = keyOf(item)
      if (found[index] || key === null) return
      const candidates = (groups.get(key) ?? []).filter((s) => !taken.has(s))
      const match = pickNearest(candidates, item.source?.line ?? 0)
      if (!match) return
      found[index] = match
      taken.add(match)
    })
  }
  return found
}
