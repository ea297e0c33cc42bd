import { ApiError, errorMessage } from '@/lib/api-client'
import { TITLE_MAX_LENGTH } from '@/contract'
import { describeBadTag } from './check-tags'
import { describeShortYear } from './check-date'

const fieldMessages: Record<string, string> = {
  title:
    'The title must have some text, and ' +
    `${TITLE_MAX_LENGTH.toLocaleString('en')} characters at most.`,
  ownerId: 'The owner chosen is not someone the server knows. Choose another owner.',
  due: 'The due date is not a day in the calendar. Pick another date.',
  priority: 'The server does not know that priority. Choose another.',
  status: 'The server does not know that status. Choose another.',
  accountIds: 'One of the accounts ticked is not known to the server. Untick it and try again.',
  today: 'Your calendar date could not be read. Reload the page and try again.',
}

/** The field the server's first issue names, and the list position in it ("tags.1"). */
export function refusedPath(error: unknown): { field: string; index: number | null } | null {
  const path = error instanceof ApiError ? error.issues[0]?.path : undefined
  if (!path) return null
  const [field = '', position] = path.split('.')
  return { field, index: position === undefined ? null : Number(position) }
}

/** What was sent, as the user typed it, for the words to quote. */
interface Sent {
  tags?: readonly string[]
  due?: string | null
}

/**
 * Why the server refused a new item or a change, in words: its issues name fields and 0-based
 * list positions, which mean nothing to the person who typed the form or chose in the row.
 */
export function describeRefusal(error: unknown, sent: Sent = {}): string {
  const refused = refusedPath(error)
  if (!refused) return errorMessage(error)
  const { field, index } = refused
  if (field === 'tags' && index !== null) return describeBadTag(index, sent.tags?.[index] ?? '')
  const shortYear = field === 'due' ? describeShortYear(sent.due) : null
  return shortYear ?? fieldMessages[field] ?? errorMessage(error)
}
