import { Temporal } from 'temporal-polyfill'
import { buildExport } from './lib/build-export'
import { parseExportArgs } from './lib/parse-export-args'
import {
  getSeedRotaPath,
  readAccountName,
  readPeople,
  readRotaFile,
  SEED_ACCOUNTS,
} from './lib/read-data'

const USAGE = `usage: npm run export -- (--account ID | --rota FILE.json) [--from YYYY-MM-DD]
  [--to YYYY-MM-DD] [--format ics|csv|hours] [--tz ZONE] [--mode utc|local]
  [--layer ID] [--person ID] [--team ID] [--now INSTANT]
See docs/exports.md.`

function fail(message: string): never {
  process.stderr.write(`export: ${message}\n${USAGE}\n`)
  process.exit(2)
}

function main(): void {
  const parsed = parseExportArgs(process.argv.slice(2), Temporal.Now.plainDateISO())
  if (!parsed.ok) fail(parsed.message)
  const { args } = parsed
  const known = SEED_ACCOUNTS as readonly string[]
  if (args.account && !known.includes(args.account)) {
    fail(`--account: unknown account "${args.account}" (known: ${known.join(', ')})`)
  }
  const people = readPeople()
  const path = args.rota ?? getSeedRotaPath(args.account ?? '')
  const rota = readRotaFile(path, people)
  if (!rota.ok) fail(`invalid rota file ${rota.message}`)
  try {
    const output = buildExport(rota.rota, args, people, readAccountName(rota.rota.accountId))
    process.stdout.write(output)
  } catch (error) {
    fail((error as Error).message)
  }
}

main()
