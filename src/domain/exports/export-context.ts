import type { Shift } from '@/contract/rota'

/** What every exporter needs besides the shifts: names for ids, zones and the clock. */
export interface ExportContext {
  people: Record<string, string>
  teams: Record<string, string>
  accounts: Record<string, string>
  /** The zone of the CSV's local columns. */
  viewerTimeZone: string
  /** DTSTAMP, injected so that an export is reproducible. */
  now: string
  calendarName: string
  /** Appended to every event description, e.g. a runbook link. */
  descriptionFooter?: string
  /**
   * The instants the export covers. The hours report counts only the hours inside it, so a
   * shift across the edge is paid once, half in each period, not twice.
   */
  period?: { from: string; to: string }
}

export interface IcsOptions extends ExportContext {
  /** `utc` (default) writes instants with Z; `local` writes TZID plus VTIMEZONE. */
  mode?: 'utc' | 'local'
  /** Shifts removed inside the window, written as STATUS:CANCELLED. */
  cancelled?: Shift[]
}

export interface HoursOptions extends ExportContext {
  /** Shifts removed inside the window; the hours report never counts them. */
  cancelled?: Shift[]
}
