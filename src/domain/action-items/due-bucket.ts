import type { DueBucket, Status } from '@/contract/action-items'
import { addDays, dayOfWeek, isValidCalendarDate } from './calendar-date'

export type WeekStart = 'mon' | 'sun'

/** The dates a bucket question needs, worked out once per `today`. */
export type DueWindow = { today: string; tomorrow: string; endOfWeek: string; weekAhead: string }

export function getDueWindow(today: string, weekStart: WeekStart): DueWindow {
  const weekday = dayOfWeek(today)
  const daysLeftInWeek = weekStart === 'mon' ? 7 - weekday : 6 - (weekday % 7)
  return {
    today,
    tomorrow: addDays(today, 1),
    endOfWeek: addDays(today, daysLeftInWeek),
    weekAhead: addDays(today, 7),
  }
}

/**
 * The one bucket a due date falls in. It looks at the date only: a done item with a
 * past date is still 'overdue' here; `matchesDueBucket` is the status-aware filter.
 */
export function bucketInWindow(due: string | null, window: DueWindow): DueBucket {
  if (due === null) return 'none'
  if (!isValidCalendarDate(due)) return 'invalid'
  if (due < window.today) return 'overdue'
  if (due === window.today) return 'today'
  if (due <= window.endOfWeek) return 'this_week'
  if (due <= window.weekAhead) return 'next_7_days'
  return 'later'
}

export function dueBucketOf(due: string | null, today: string, weekStart: WeekStart): DueBucket {
  return bucketInWindow(due, getDueWindow(today, weekStart))
}

export function isClosedStatus(status: Status): boolean {
  return status === 'done' || status === 'cancelled'
}

/**
 * Whether a due date answers a filter option. Options overlap, as a user reads them:
 * 'this_week' is today through the end of the week, 'next_7_days' is tomorrow through
 * today + 7, 'later' is after today + 7. 'overdue' leaves out done and cancelled items.
 * Invalid dates answer only 'invalid'.
 */
export function matchesInWindow(
  due: string | null,
  bucket: DueBucket,
  window: DueWindow,
  status: Status = 'todo',
): boolean {
  if (due === null) return bucket === 'none'
  if (!isValidCalendarDate(due)) return bucket === 'invalid'

  switch (bucket) {
    case 'overdue':
      return due < window.today && !isClosedStatus(status)
    case 'today':
      return due === window.today
    case 'this_week':
      return due >= window.today && due <= window.endOfWeek
    case 'next_7_days':
      return due >= window.tomorrow && due <= window.weekAhead
    case 'later':
      return due > window.weekAhead
    default:
      return false
  }
}

const onlyNone: readonly DueBucket[] = ['none']
const onlyInvalid: readonly DueBucket[] = ['invalid']
const onlyOverdue: readonly DueBucket[] = ['overdue']
const noBucket: readonly DueBucket[] = []
const todayBuckets: readonly DueBucket[] = ['today', 'this_week']
const thisWeekBuckets: readonly DueBucket[] = ['this_week', 'next_7_days']
const nextBuckets: readonly DueBucket[] = ['next_7_days']
const laterBuckets: readonly DueBucket[] = ['later']

/** Every filter option a date answers, in one pass (the same rules as `matchesInWindow`). */
export function matchingBuckets(
  due: string | null,
  window: DueWindow,
  status: Status,
): readonly DueBucket[] {
  return bucketsAnswered(bucketInWindow(due, window), isClosedStatus(status))
}

/** The filter options an item answers, from the one bucket its date falls in. */
export function bucketsAnswered(bucket: DueBucket, closed: boolean): readonly DueBucket[] {
  switch (bucket) {
    case 'none':
      return onlyNone
    case 'invalid':
      return onlyInvalid
    case 'overdue':
      return closed ? noBucket : onlyOverdue
    case 'today':
      return todayBuckets
    case 'this_week':
      return thisWeekBuckets
    case 'next_7_days':
      return nextBuckets
    default:
      return laterBuckets
  }
}

export function matchesDueBucket(
  due: string | null,
  bucket: DueBucket,
  today: string,
  weekStart: WeekStart,
  status: Status = 'todo',
): boolean {
  return matchesInWindow(due, bucket, getDueWindow(today, weekStart), status)
}
