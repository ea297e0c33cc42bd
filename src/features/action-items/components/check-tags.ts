import { isTag } from '../read-view'

/** The words typed in the Tags field, as the user wrote them. */
export function splitTags(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean)
}

/** "rma, #escalation task" → ["#rma", "#escalation", "#task"]. */
export function readTags(text: string): string[] {
  return splitTags(text).map((tag) => (tag.startsWith('#') ? tag : `#${tag}`))
}

/** Counts from 1, as people do, and quotes the tag as it was typed. */
export function describeBadTag(index: number, tag: string): string {
  return `Tag ${index + 1} ("${tag}") is not a tag: write # followed by a word, without spaces.`
}

/** What is wrong with the first bad tag typed, in words, or null. */
export function checkTags(text: string): string | null {
  const tags = splitTags(text)
  const index = tags.findIndex((tag) => !isTag(tag))
  return index === -1 ? null : describeBadTag(index, tags[index] ?? '')
}
