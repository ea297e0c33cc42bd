import { TITLE_MAX_LENGTH } from '@/contract'

const count = new Intl.NumberFormat('en')

/** What is wrong with a title the user typed, in words, or null. Never cut it silently. */
export function checkTitle(title: string): string | null {
  const length = title.trim().length
  if (length === 0) return 'The title cannot be empty.'
  if (length > TITLE_MAX_LENGTH) {
    return `The title is ${count.format(length)} characters; ${count.format(TITLE_MAX_LENGTH)} at most. Shorten it to save.`
  }
  return null
}
