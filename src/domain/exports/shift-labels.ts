import { Temporal } from 'temporal-polyfill'
import type { Shift } from '@/contract/rota'
import { parseEpochMs, toWallClock } from '@/domain/rota/zone-clock'
import type { ExportContext } from './export-context'

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

// Written once per offset: the CSV asks for two per row, and a zone has only a few.
const offsetLabels = new Map<number, string>()

function formatOffset(offsetMs: number): string {
  let label = offsetLabels.get(offsetMs)
  if (label === undefined) {
    const minutes = Math.abs(offsetMs) / 60_000
    label = `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
    offsetLabels.set(offsetMs, label)
  }
  return label
}

/** `2026-03-29T01:00+01:00`, as Temporal writes a zoned time to the minute. */
export function formatLocal(instant: string, timeZone: string): string {
  const epochMs = parseEpochMs(instant)
  const { wall, offsetMs } = toWallClock(timeZone, epochMs)
  // Offsets with seconds (local mean time, before 1900) are left to Temporal's rounding.
  if (offsetMs % 60_000 === 0) return `${wall.slice(0, 16)}${formatOffset(offsetMs)}`
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone)
  return zoned.toString({ smallestUnit: 'minute', timeZoneName: 'never' })
}

function formatWall(instant: string, timeZone: string): string {
  return formatLocal(instant, timeZone).slice(0, 16).replace('T', ' ')
}

export function describePerson(shift: Shift, context: ExportContext): string {
  return context.people[shift.assigneeId] ?? shift.assigneeId
}

export function buildSummary(shift: Shift, context: ExportContext): string {
  const account = context.accounts[shift.accountId] ?? shift.accountId
  return `${account} · ${shift.layerName} — ${describePerson(shift, context)}`
}

export function buildDescription(shift: Shift, context: ExportContext): string {
  const team = context.teams[shift.teamId] ?? shift.teamId
  const zone = shift.timeZone
  const local = `${formatWall(shift.start, zone)} – ${formatWall(shift.end, zone)}`
  const lines = [
    `Layer: ${shift.layerName}`,
    `Role: ${shift.role}`,
    `Team: ${team}`,
    `Coverage: ${shift.coverage}`,
    `Source: ${shift.source}`,
    `Local time (${shift.timeZone}): ${local}`,
  ]
  if (context.descriptionFooter) lines.push(context.descriptionFooter)
  return lines.join('\n')
}
