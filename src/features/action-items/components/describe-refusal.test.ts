import { describe, expect, it } from 'vitest'
import { ApiError } from '@/lib/api-client'
import { describeRefusal, refusedPath } from './describe-refusal'

function refused(path: string) {
  return new ApiError('http', `Invalid new item: ${path}: bad`, 400, [{ path, message: 'bad' }])
}

describe('describeRefusal', () => {
  it('counts a refused tag from 1 and quotes it as typed', () => {
    expect(describeRefusal(refused('tags.1'), { tags: ['#ok', '#'] })).toBe(
      'Tag 2 ("#") is not a tag: write # followed by a word, without spaces.',
    )
  })

  it('words a refused account without its list position', () => {
    expect(describeRefusal(refused('accountIds.0'))).toBe(
      'One of the accounts ticked is not known to the server. Untick it and try again.',
    )
  })

  it('names the year of a due date refused for a year typed short', () => {
    expect(describeRefusal(refused('due'), { due: '0026-12-10' })).toBe(
      'The year 0026 looks incomplete: type all four digits (2026?).',
    )
    expect(describeRefusal(refused('due'), { due: '2025-11-08' })).toBe(
      'The due date is not a day in the calendar. Pick another date.',
    )
  })

  it('falls back to the server’s message when it names no field', () => {
    expect(describeRefusal(new ApiError('http', 'Owner is on leave.', 422))).toBe(
      'Owner is on leave.',
    )
  })
})

describe('refusedPath', () => {
  it('reads the field and the list position the server names', () => {
    expect(refusedPath(refused('accountIds.1'))).toEqual({ field: 'accountIds', index: 1 })
    expect(refusedPath(refused('ownerId'))).toEqual({ field: 'ownerId', index: null })
  })

  it('names no field for an error without issues', () => {
    expect(refusedPath(new ApiError('http', 'Owner is on leave.', 422))).toBeNull()
    expect(refusedPath(new Error('offline'))).toBeNull()
  })
})
