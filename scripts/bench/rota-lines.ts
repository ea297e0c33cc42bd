import { Temporal } from 'temporal-polyfill'
import type { Sla } from '@/contract/accounts'
import type { PeopleResponse } from '@/contract/people'
import type { Rota } from '@/contract/rota'
import { shiftsToCsv, shiftsToIcs, type ExportContext } from '@/domain/exports'
import { coverageStatusAt, expandRotaWithCancellations, type InstantRange } from '@/domain/rota'

const NOW = '2026-01-01T00:00:00Z'

export interface RotaJob {
  rota: Rota
  range: InstantRange
  context: ExportContext
}

/** One calendar year, read in the customer's zone as the export script does. */
function yearRange(rota: Rota, year: number): InstantRange {
  const at = (date: string) =>
    Temporal.PlainDate.from(date)
      .toZonedDateTime(rota.customerTimeZone)
      .toInstant()
      .toString({ smallestUnit: 'second' })
  return { from: at(`${year}-01-01`), to: at(`${year + 1}-01-01`) }
}

export function buildJobs(rotas: Rota[], people: PeopleResponse, names: Record<string, string>) {
  const base = {
    people: Object.fromEntries(people.people.map((p) => [p.id, p.name])),
    teams: Object.fromEntries(people.teams.map((t) => [t.id, t.name])),
    now: NOW,
  }
  return rotas.map((rota): RotaJob => {
    const name = names[rota.accountId] ?? rota.accountId
    const context: ExportContext = {
      ...base,
      accounts: { [rota.accountId]: name },
      viewerTimeZone: rota.customerTimeZone,
      calendarName: `${name} coverage`,
    }
    return { rota, range: yearRange(rota, 2026), context }
  })
}

export function expandAll(jobs: RotaJob[]) {
  return jobs.map((job) => expandRotaWithCancellations(job.rota, job.range))
}

/** Expands every job and writes both files; returns the bytes written, so nothing is elided. */
export function expandAndExport(jobs: RotaJob[]): number {
  let size = 0
  for (const job of jobs) {
    const { shifts, cancelled } = expandRotaWithCancellations(job.rota, job.range)
    size += shiftsToIcs(shifts, { ...job.context, cancelled }).length
    size += shiftsToCsv(shifts, job.context).length
  }
  return size
}

/** Each export alone, over shifts expanded beforehand: where line (a)'s time goes. */
export function exportOnly(jobs: RotaJob[], format: 'ics' | 'csv') {
  const expanded = jobs.map((job) => ({ job, ...expandRotaWithCancellations(job.rota, job.range) }))
  return () =>
    expanded.reduce((size, { job, shifts, cancelled }) => {
      const file =
        format === 'ics'
          ? shiftsToIcs(shifts, { ...job.context, cancelled })
          : shiftsToCsv(shifts, job.context)
      return size + file.length
    }, 0)
}

export function checkCoverage(accounts: { rota: Rota; slas: Sla[] }[]) {
  return accounts.map((account) => coverageStatusAt(account.rota, account.slas, NOW))
}
