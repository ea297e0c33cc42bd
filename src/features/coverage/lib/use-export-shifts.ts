import { useQueries } from '@tanstack/react-query'
import type { Shift } from '@/contract'
import { shiftsQueryOptions, type ShiftRange } from '@/features/accounts/api/get-shifts'

export interface ExportShifts {
  shifts: Shift[]
  cancelled: Shift[]
  isPending: boolean
  error: unknown
  retry(): void
}

function byStart(a: Shift, b: Shift) {
  return a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid)
}

/** The shifts of every chosen account for one range and set of filters. */
export function useExportShifts(accountIds: string[], range: ShiftRange, enabled: boolean) {
  return useQueries({
    queries: accountIds.map((id) => ({ ...shiftsQueryOptions(id, range), enabled })),
    combine: (results): ExportShifts => ({
      shifts: results.flatMap((r) => r.data?.shifts ?? []).sort(byStart),
      cancelled: results.flatMap((r) => r.data?.cancelled ?? []).sort(byStart),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error ?? null,
      retry: () => {
        for (const r of results) if (r.isError) void r.refetch()
      },
    }),
  })
}
