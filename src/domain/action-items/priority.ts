import { priorityValues, type Priority } from '@/contract/action-items'

const rankByPriority = new Map<Priority, number>(priorityValues.map((value, i) => [value, i]))

/** 0 for highest … 5 for lowest; "none" sits between medium and low, as in Obsidian Tasks. */
export function rankPriority(priority: Priority): number {
  return rankByPriority.get(priority) ?? priorityValues.indexOf('none')
}

/** Sorts strongest first: highest, high, medium, none, low, lowest. */
export function comparePriority(a: Priority, b: Priority): number {
  return rankPriority(a) - rankPriority(b)
}
