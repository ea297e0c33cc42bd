import { parseArgs } from 'node:util'
import { Temporal } from 'temporal-polyfill'

export interface ExportArgs {
  account: string | null
  rota: string | null
  from: string
  to: string
  format: 'ics' | 'csv' | 'hours'
  tz: string | null
  mode: 'utc' | 'local'
  layer: string | null
  person: string | null
  team: string | null
  now: string
}

export type ParsedArgs = { ok: true; args: ExportArgs } | { ok: false; message: string }

const OPTIONS = {
  account: { type: 'string' },
  rota: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string', default: 'ics' },
  tz: { type: 'string' },
  mode: { type: 'string', default: 'utc' },
  layer: { type: 'string' },
  person: { type: 'string' },
  team: { type: 'string' },
  now: { type: 'string' },
} as const

function readDate(name: string, value: string): Temporal.PlainDate {
  try {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error()
    return Temporal.PlainDate.from(value, { overflow: 'reject' })
  } catch {
    throw new Error(`--${name}: expected a calendar date YYYY-MM-DD, got "${value}"`)
  }
}

function readNow(value: string | undefined): string {
  if (value === undefined) return Temporal.Now.instant().toString({ smallestUnit: 'second' })
  try {
    return Temporal.Instant.from(value).toString({ smallestUnit: 'second' })
  } catch {
    throw new Error(`--now: expected an instant such as 2026-03-01T12:00:00Z, got "${value}"`)
  }
}

function pickOne<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(`--${name}: expected one of ${allowed.join(', ')}, got "${value}"`)
}

/** `--from` and `--to` are calendar dates; `--to` is exclusive; the default is 4 weeks. */
export function parseExportArgs(argv: string[], today: Temporal.PlainDate): ParsedArgs {
  try {
    const { values } = parseArgs({ args: argv, options: OPTIONS, strict: true })
    if (!values.account === !values.rota) throw new Error('give exactly one of --account or --rota')
    const from = values.from ? readDate('from', values.from) : today
    const to = values.to ? readDate('to', values.to) : from.add({ weeks: 4 })
    if (Temporal.PlainDate.compare(to, from) <= 0) throw new Error('--to must be after --from')
    if (Temporal.PlainDate.compare(to, from.add({ years: 1 })) > 0) {
      throw new Error('--from to --to may span at most one year')
    }
    const args: ExportArgs = {
      account: values.account ?? null,
      rota: values.rota ?? null,
      from: from.toString(),
      to: to.toString(),
      format: pickOne('format', values.format, ['ics', 'csv', 'hours']),
      tz: values.tz ?? null,
      mode: pickOne('mode', values.mode, ['utc', 'local']),
      layer: values.layer ?? null,
      person: values.person ?? null,
      team: values.team ?? null,
      now: readNow(values.now),
    }
    return { ok: true, args }
  } catch (error) {
    return { ok: false, message: (error as Error).message }
  }
}
