import type { z } from 'zod'

type Issue = z.core.$ZodIssue

const nouns: Record<string, string> = {
  page: 'page',
  pageSize: 'page size',
  q: 'search',
  sort: 'sort',
  dueFrom: '"due from"',
  dueTo: '"due to"',
}

function describeBound(noun: string, issue: Issue): string | null {
  if (issue.code === 'too_small') {
    return issue.origin === 'string'
      ? `${noun} cannot be empty`
      : `${noun} must be ${issue.minimum} or more`
  }
  if (issue.code === 'too_big') {
    return issue.origin === 'string'
      ? `${noun} is limited to ${issue.maximum} characters`
      : `${noun} must be ${issue.maximum} or less`
  }
  return null
}

/**
 * Why a URL value was left out, in words a reader of the notice can act on, rather than
 * the validator's "Too small: expected number to be >=1".
 */
export function describeUrlIssue(key: string, issues: readonly Issue[]): string {
  const issue = issues[0]
  if (!issue) return 'not an allowed value'
  const noun = nouns[key] ?? key
  const bound = describeBound(noun, issue)
  if (bound) return bound
  if (issue.code === 'invalid_value') return `not a ${noun} (one of ${issue.values.join(', ')})`
  if (issue.code === 'invalid_type' && ['int', 'number'].includes(issue.expected)) {
    return `${noun} must be a whole number`
  }
  if (issue.code === 'invalid_format') return 'not a date: write it as YYYY-MM-DD'
  // Our own schemas' messages ("no such day in the calendar") are already in words.
  return issue.code === 'custom' ? issue.message : `not a value ${noun} can take`
}
