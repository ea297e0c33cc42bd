import { describe, expect, it } from 'vitest'
import { dueBucketValues } from '@/contract/action-items'
import { dueBucketOf, getDueWindow, matchesDueBucket, matchingBuckets } from './due-bucket'

// Wednesday 5 November 2025.
const today = '2025-11-05'

describe('dueBucketOf', () => {
  it.each([
    [null, 'none'],
    ['2025-02-30', 'invalid'],
    ['2025-11-04', 'overdue'],
    ['2025-11-05', 'today'],
    ['2025-11-06', 'this_week'],
    ['2025-11-09', 'this_week'],
    ['2025-11-10', 'next_7_days'],
    ['2025-11-12', 'next_7_days'],
    ['2025-11-13', 'later'],
  ] as const)('puts %s in %s with Monday weeks', (due, bucket) => {
    expect(dueBucketOf(due, today, 'mon')).toBe(bucket)
  })

  it('ends the week on Saturday when weeks start on Sunday', () => {
    expect(dueBucketOf('2025-11-08', today, 'sun')).toBe('this_week')
    expect(dueBucketOf('2025-11-09', today, 'sun')).toBe('next_7_days')
  })

  it('on the last day of the week, tomorrow is already next 7 days', () => {
    expect(dueBucketOf('2025-11-10', '2025-11-09', 'mon')).toBe('next_7_days')
    expect(getDueWindow('2025-11-09', 'mon').endOfWeek).toBe('2025-11-09')
    expect(getDueWindow('2025-11-09', 'sun').endOfWeek).toBe('2025-11-15')
  })

  it('never calls an impossible date overdue', () => {
    expect(dueBucketOf('2025-02-30', '2025-11-05', 'mon')).toBe('invalid')
  })
})

describe('matchesDueBucket', () => {
  it('lets a date answer overlapping options', () => {
    expect(matchesDueBucket('2025-11-05', 'today', today, 'mon')).toBe(true)
    expect(matchesDueBucket('2025-11-05', 'this_week', today, 'mon')).toBe(true)
    expect(matchesDueBucket('2025-11-07', 'next_7_days', today, 'mon')).toBe(true)
    expect(matchesDueBucket('2025-11-12', 'next_7_days', today, 'mon')).toBe(true)
    expect(matchesDueBucket('2025-11-05', 'next_7_days', today, 'mon')).toBe(false)
    expect(matchesDueBucket('2025-11-13', 'later', today, 'mon')).toBe(true)
  })

  it('leaves done and cancelled items out of overdue', () => {
    expect(matchesDueBucket('2025-11-01', 'overdue', today, 'mon', 'todo')).toBe(true)
    expect(matchesDueBucket('2025-11-01', 'overdue', today, 'mon', 'proposed')).toBe(true)
    expect(matchesDueBucket('2025-11-01', 'overdue', today, 'mon', 'done')).toBe(false)
    expect(matchesDueBucket('2025-11-01', 'overdue', today, 'mon', 'cancelled')).toBe(false)
  })

  it('keeps an invalid date out of every option but invalid', () => {
    const answered = dueBucketValues.filter((bucket) =>
      matchesDueBucket('2025-02-30', bucket, today, 'mon'),
    )

    expect(answered).toEqual(['invalid'])
  })

  it('agrees with matchingBuckets for every day of a month', () => {
    const window = getDueWindow(today, 'sun')
    for (let day = 1; day <= 30; day += 1) {
      const due = `2025-11-${String(day).padStart(2, '0')}`
      const expected = dueBucketValues.filter((bucket) =>
        matchesDueBucket(due, bucket, today, 'sun', 'todo'),
      )
      expect([...matchingBuckets(due, window, 'todo')].sort()).toEqual([...expected].sort())
    }
  })
})
