import type { ParsedNote } from './parse-note'

/** Owners as written in a note (`@OwnerX`), mapped by the user to a known person's id. */
export type OwnerMap = Record<string, string>

/**
 * Gives each task whose owner was unknown the person the user mapped its label to. The
 * task's unknown-owner warning goes, and so does the note's warning for that line.
 */
export function applyOwnerMap(parsed: ParsedNote, ownerMap: OwnerMap): ParsedNote {
  const mappedLines = new Set<number>()
  const tasks = parsed.tasks.map((task) => {
    const ownerId = task.ownerLabel === null ? undefined : ownerMap[task.ownerLabel]
    if (task.ownerId !== null || ownerId === undefined) return task
    mappedLines.add(task.line)
    const warnings = task.warnings.filter((w) => w.code !== 'unknown-owner')
    return { ...task, ownerId, warnings }
  })
  if (mappedLines.size === 0) return parsed

  const warnings = parsed.meta.warnings.filter(
    (w) => w.code !== 'unknown-owner' || w.line === null || !mappedLines.has(w.line),
  )
  return { ...parsed, tasks, meta: { ...parsed.meta, warnings } }
}
