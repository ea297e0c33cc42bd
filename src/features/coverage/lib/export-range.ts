import { isValidCalendarDate } from '@/domain/action-items/calendar-date'
import type { WeekStart } from '@/lib/viewer-settings'
import { addDays, daysBetween, firstDayOfWeek } from './week-range'

export const MAX_EXPORT_DAYS = 366

export interface DateRange {
  fromDate: string
  toDate: string
}

/** Null when the range can be exported, else what is wrong with it, in words. */
export function checkRange({ fromDate, toDate }: DateRange): string | null {
  if (!isValidCalendarDate(fromDate)) return 'Enter a start date.'
  if (!isValidCalendarDate(toDate)) return 'Enter an end date.'
  const days = daysBetween(fromDate, toDate)
  if (days <= 0) return 'The end date must be after the start date.'
  if (days > MAX_EXPORT_DAYS) {
    return `The range is ${days} days; it can be at most one year (${MAX_EXPORT_DAYS} days).`
  }
  return null
}

export type RangePreset = 'this-week' | 'next-week' | 'four-weeks' | 'quarter' | 'year'

export const presetLabels: Record<RangePreset, string> = {
  'this-week': 'Current week',
  'next-week': 'Following week',
  'four-weeks': 'Next 4 weeks',
  quarter: 'Next 13 weeks',
  year: 'Next year',
}

export function presetRange(preset: RangePreset, today: string, weekStart: WeekStart): DateRange {
  const week = firstDayOfWeek(today, weekStart)
  switch (preset) {
    case 'this-week':
      return { fromDate: week, toDate: addDays(week, 7) }
    case 'next-week':
      return { fromDate: addDays(week, 7), toDate: addDays(week, 14) }
    case 'four-weeks':
      return { fromDate: today, toDate: addDays(today, 28) }
    case 'quarter':
      return { fromDate: today, toDate: addDays(today, 91) }
    case 'year':
      return { fromDate: today, toDate: addDays(today, 365) }
  }
}

/** `opmodel-coverage-coreweave-xai-2026-12-03-to-2026-12-31.ics` */
export function exportFileName(what: string, accountIds: string[], range: DateRange, ext: string) {
  return `opmodel-${what}-${accountIds.join('-')}-${range.fromDate}-to-${range.toDate}.${ext}`
}
