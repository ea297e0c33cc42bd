import type { Shift } from '@/contract/rota'
import type { ExportContext } from './export-context'
import { describePerson, formatLocal } from './shift-labels'
import { measureShift, roundHours } from './shift-hours'
import { writeCsv, type CsvCell } from './write-csv'

export const SHIFT_COLUMNS = [
  'account',
  'layer',
  'role',
  'assignee',
  'team',
  'start_utc',
  'end_utc',
  'start_local',
  'end_local',
  'tz',
  'duration_h',
  'weekend_h',
  'source',
] as const

function toRow(shift: Shift, context: ExportContext): CsvCell[] {
  const hours = measureShift(shift)
  const zone = context.viewerTimeZone
  return [
    context.accounts[shift.accountId] ?? shift.accountId,
    shift.layerName,
    shift.role,
    describePerson(shift, context),
    context.teams[shift.teamId] ?? shift.teamId,
    shift.start,
    shift.end,
    formatLocal(shift.start, zone),
    formatLocal(shift.end, zone),
    zone,
    roundHours(hours.total),
    roundHours(hours.weekend),
    shift.source,
  ]
}

/** One row per shift; local columns in the viewer's zone, weekend hours in the layer's. */
export function shiftsToCsv(shifts: Shift[], context: ExportContext): string {
  return writeCsv(
    SHIFT_COLUMNS,
    shifts.map((shift) => toRow(shift, context)),
  )
}
