import type { PeopleResponse } from '@/contract/people'
import type { Rota, Shift } from '@/contract/rota'
import {
  calendarNameFor,
  hoursReportCsv,
  shiftsToCsv,
  shiftsToIcs,
  type ExportContext,
} from '@/domain/exports'
import { expandRotaWithCancellations } from '@/domain/rota'
import { isValidTimeZone } from '@/domain/rota/time'
import { Temporal } from 'temporal-polyfill'
import type { ExportArgs } from './parse-export-args'

/**
 * Calendar dates are read in `--tz` when given, as the UI reads them in its chosen zone;
 * otherwise in the customer's zone, so a week is the customer's week.
 */
function toInstantRange(rota: Rota, args: ExportArgs) {
  const at = (date: string) =>
    Temporal.PlainDate.from(date)
      .toZonedDateTime(args.tz ?? rota.customerTimeZone)
      .toInstant()
      .toString({ smallestUnit: 'second' })
  return { from: at(args.from), to: at(args.to) }
}

function keepShift(shift: Shift, args: ExportArgs): boolean {
  return (
    (!args.layer || shift.layerId === args.layer) &&
    (!args.person || shift.assigneeId === args.person) &&
    (!args.team || shift.teamId === args.team)
  )
}

function buildContext(rota: Rota, args: ExportArgs, people: PeopleResponse, accountName: string) {
  const context: ExportContext = {
    people: Object.fromEntries(people.people.map((p) => [p.id, p.name])),
    teams: Object.fromEntries(people.teams.map((t) => [t.id, t.name])),
    accounts: { [rota.accountId]: accountName },
    viewerTimeZone: args.tz ?? rota.customerTimeZone,
    now: args.now,
    calendarName: calendarNameFor([accountName]),
  }
  return context
}

/** The exact bytes the UI downloads for the same choices. */
export function buildExport(
  rota: Rota,
  args: ExportArgs,
  people: PeopleResponse,
  accountName: string,
): string {
  if (args.tz && !isValidTimeZone(args.tz)) throw new Error(`--tz: unknown time zone "${args.tz}"`)
  if (args.layer && !rota.layers.some((l) => l.id === args.layer)) {
    throw new Error(`--layer: no layer "${args.layer}" in the ${rota.accountId} rota`)
  }
  if (args.person && !people.people.some((p) => p.id === args.person)) {
    throw new Error(`--person: no person with id "${args.person}" (see mocks/data/people.json)`)
  }
  if (args.team && !people.teams.some((t) => t.id === args.team)) {
    throw new Error(`--team: no team with id "${args.team}" (see mocks/data/people.json)`)
  }
  const period = toInstantRange(rota, args)
  const expanded = expandRotaWithCancellations(rota, period)
  const shifts = expanded.shifts.filter((s) => keepShift(s, args))
  const context = { ...buildContext(rota, args, people, accountName), period }
  if (args.format === 'csv') return shiftsToCsv(shifts, context)
  const cancelled = expanded.cancelled.filter((s) => keepShift(s, args))
  if (args.format === 'hours') return hoursReportCsv(shifts, { ...context, cancelled })
  return shiftsToIcs(shifts, { ...context, cancelled, mode: args.mode })
}
