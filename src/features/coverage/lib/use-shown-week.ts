import { useCallback } from 'react'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'
import type { WeekStart } from '@/lib/viewer-settings'
import { addDays, firstDayOfWeek, isSupportedWeek } from './week-range'

const WEEK_PARAM = 'week'

/**
 * The first day of the week a `YYYY-MM-DD` date falls in, or null when it is not a real day
 * or the week is outside the years the app can show.
 */
function readWeekParam(value: string, weekStart: WeekStart): string | null {
  if (!isValidCalendarDate(value)) return null
  const fromDate = firstDayOfWeek(value, weekStart)
  return isSupportedWeek(fromDate) ? fromDate : null
}

/**
 * The week shown, from `?week=YYYY-MM-DD` (any day of it), so a reload or a shared link shows
 * the same week; this week when there is none. `thisWeek` is this week's first day.
 */
export function useShownWeek(thisWeek: string, weekStart: WeekStart) {
  const [params] = useSearchParams()
  const { hash } = useLocation()
  const navigate = useNavigate()
  const asked = params.get(WEEK_PARAM)
  const fromLink = asked === null ? null : readWeekParam(asked, weekStart)

  /**
   * Shows the week starting on `fromDate` (null: this week), keeping the other parameters.
   * A new history entry each time, unless `replace`, so Back returns to the week before.
   */
  const showWeek = useCallback(
    (fromDate: string | null, options: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(params)
      if (fromDate === null || fromDate === thisWeek) next.delete(WEEK_PARAM)
      else next.set(WEEK_PARAM, fromDate)
      const search = next.toString()
      // Not setSearchParams: it drops the hash, and a reload would no longer open at #coverage.
      void navigate({ search: search ? `?${search}` : '', hash }, options)
    },
    [params, hash, navigate, thisWeek],
  )

  const fromDate = fromLink ?? thisWeek
  return {
    fromDate,
    unreadable: asked !== null && fromLink === null,
    hasPrevious: isSupportedWeek(addDays(fromDate, -7)),
    hasNext: isSupportedWeek(addDays(fromDate, 7)),
    showWeek,
  }
}
