import { describeIncompleteYear } from '@/contract'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'

/**
 * Whether a date field holds something that is not a date. Chromium reports a date half
 * typed, or one not in the calendar (02/30), as "", like a cleared field: only badInput
 * tells them apart. A five-digit year does reach the value.
 */
export function holdsBadDate(input: HTMLInputElement): boolean {
  return input.validity.badInput || (input.value !== '' && !isValidCalendarDate(input.value))
}

/** "The year 0026 looks incomplete: …" for a date whose year was typed short, or null. */
export function describeShortYear(date: string | null | undefined): string | null {
  const problem = date ? describeIncompleteYear(date) : null
  return problem && `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`
}
