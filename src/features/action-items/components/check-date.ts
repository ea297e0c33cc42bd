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

/** What is wrong with the date in a date field, in words, or null. */
export function checkDateField(input: HTMLInputElement, { optional = true } = {}): string | null {
  if (holdsBadDate(input)) {
    const clear = optional ? ', or clear the field' : ''
    return `Not a valid date: type a whole date that is in the calendar${clear}.`
  }
  return describeShortYear(input.value)
}
