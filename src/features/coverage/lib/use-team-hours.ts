import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { hoursByTeamPerWeek } from '@/domain/rota'
import { shiftsQueryOptions } from '@/features/accounts/api/get-shifts'
import type { WeekStart } from '@/lib/viewer-settings'
import { addDays, firstDayOfWeek, startOfDay } from './week-range'

export const CHART_WEEKS = 8

interface TeamHoursArgs {
  accountIds: string[]
  today: string
  weekStart: WeekStart
  timeZone: string
}

/** Rota hours per team for each of the next eight weeks, across every account. */
export function useTeamHours({ accountIds, today, weekStart, timeZone }: TeamHoursArgs) {
  const fromDate = firstDayOfWeek(today, weekStart)
  const range = {
    from: startOfDay(fromDate, timeZone),
    to: startOfDay(addDays(fromDate, CHART_WEEKS * 7), timeZone),
  }
  const result = useQueries({
    queries: accountIds.map((id) => shiftsQueryOptions(id, range)),
    combine: (results) => ({
      shifts: results.flatMap((r) => r.data?.shifts ?? []),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error ?? null,
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
  })
  const weeks = useMemo(
    () =>
      hoursByTeamPerWeek(result.shifts, weekStart, timeZone).filter(
        (w) => w.weekStart >= fromDate && w.weekStart < addDays(fromDate, CHART_WEEKS * 7),
      ),
    [result.shifts, weekStart, timeZone, fromDate],
  )
  return { ...result, weeks }
}
