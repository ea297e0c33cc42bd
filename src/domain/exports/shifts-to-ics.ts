import type { Shift } from '@/contract/rota'
import type { IcsOptions } from './export-context'
import { buildDescription, buildSummary } from './shift-labels'
import { writeIcs, type IcsEvent } from './write-ics'

function compareShifts(a: Shift, b: Shift): number {
  return a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid)
}

function toEvent(shift: Shift, options: IcsOptions, cancelled: boolean): IcsEvent {
  return {
    uid: shift.uid,
    sequence: shift.sequence,
    start: shift.start,
    end: shift.end,
    timeZone: shift.timeZone,
    summary: buildSummary(shift, options),
    description: buildDescription(shift, options),
    cancelled,
  }
}

/** An iCalendar (RFC 5545) file: one event per shift, cancelled ones included. */
export function shiftsToIcs(shifts: Shift[], options: IcsOptions): string {
  const cancelled = new Set(options.cancelled ?? [])
  const events = [...shifts, ...cancelled]
    .sort(compareShifts)
    .map((shift) => toEvent(shift, options, cancelled.has(shift)))
  return writeIcs(events, {
    name: options.calendarName,
    now: options.now,
    mode: options.mode ?? 'utc',
  })
}
