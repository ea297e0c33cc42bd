import { Temporal } from 'temporal-polyfill'
import type { Shift } from '@/contract/rota'
import type { ExportContext } from './export-context'

export function formatLocal(instant: string, timeZone: string): string {
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
