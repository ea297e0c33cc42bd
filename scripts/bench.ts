import { parseArgs } from 'node:util'
import { queryActionItems, type ActionItemQueryInput } from '@/domain/action-items/query'
import { seedAccountAliases } from '@/domain/notes/known-accounts'
import { parseNote } from '@/domain/notes/parse-note'
import { generateItems } from './bench/generate-items'
import { generateNote } from './bench/generate-note'
import { generateRotas } from './bench/generate-rotas'
import { measure, measureSteps } from './bench/measure'
import {
  buildJobs,
  checkCoverage,
  expandAll,
  expandAndExport,
  exportOnly,
} from './bench/rota-lines'
import { readSeedAccounts, readSeedPeople } from './bench/seed-data'
import { prepareBuild } from './bench/prepare-build'
import { printTable, type BenchLine } from './bench/table'

// With no flag every line runs: the engine's, then the built app's in Chromium. `--engine`
// keeps to the engine; `--load` (scripts/bench/load.ts) and `--ui` run one browser part.
if (process.argv.includes('--load')) {
  const { runLoadBench } = await import('./bench/load')
  await runLoadBench(process.argv.slice(2))
  process.exit(0)
}
// `--ui` times filter changes on the action-item list of the built app at 50,000 items.
if (process.argv.includes('--ui')) {
  const { runUiFilterBench } = await import('./bench/ui-filter')
  await runUiFilterBench(process.argv.slice(2).filter((arg) => arg !== '--ui'))
  process.exit(0)
}

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    'big-runs': { type: 'string', default: '3' },
    accounts: { type: 'string', default: '500' },
    items: { type: 'string', default: '50000' },
    engine: { type: 'boolean', default: false },
  },
})
const RUNS = Number(flags.runs)
const BIG_RUNS = Number(flags['big-runs'])
const ACCOUNTS = Number(flags.accounts)
const ITEMS = Number(flags.items)

const lines: BenchLine[] = []
function record(line: Omit<BenchLine, 'heapMb'>) {
  lines.push({ ...line, heapMb: process.memoryUsage().heapUsed / 2 ** 20 })
  process.stderr.write(`  ${line.name}: ${line.medianMs.toFixed(2)} ms\n`)
}

const people = readSeedPeople()
const seeds = readSeedAccounts()
const seedJobs = buildJobs(
  seeds.map((seed) => seed.rota),
  people,
  Object.fromEntries(seeds.map((seed) => [seed.id, seed.name])),
)
const seedShifts = expandAll(seedJobs).reduce((sum, e) => sum + e.shifts.length, 0)

record({
  name: `(a) 2 seed accounts, 1 year: expand only (${seedShifts} shifts)`,
  ...measure(() => expandAll(seedJobs), RUNS),
  aimMs: null,
})
record({
  name: '(a) 2 seed accounts, 1 year: expand + ICS + CSV',
  ...measure(() => expandAndExport(seedJobs), RUNS),
  aimMs: 20,
})
for (const format of ['ics', 'csv'] as const) {
  record({
    name: `(a) of which ${format === 'ics' ? 'ICS alone (ical.js)' : 'CSV alone (papaparse)'}`,
    ...measure(exportOnly(seedJobs, format), RUNS),
    aimMs: null,
  })
}

const generated = generateRotas(ACCOUNTS)
const bigJobs = buildJobs(generated, people, {})
const bigShifts = expandAll(bigJobs).reduce((sum, e) => sum + e.shifts.length, 0)
record({
  name: `(b) ${ACCOUNTS} generated accounts, 1 year: expand + ICS + CSV (${bigShifts} shifts)`,
  ...measure(() => expandAndExport(bigJobs), BIG_RUNS, 1),
  aimMs: 1000,
})

record({
  name: '(c) coverageStatusAt, 2 seed accounts, 8 weeks',
  ...measure(() => checkCoverage(seeds), RUNS),
  aimMs: null,
})

const { items, owners, accounts } = generateItems(ITEMS)
const ownerNames = new Map(owners.map((o) => [o.id, o.name]))
const accountNames = new Map(accounts.map((a) => [a.id, a.name]))
const queryContext = {
  today: '2026-03-16',
  ownerName: (id: string) => ownerNames.get(id) ?? id,
  accountName: (id: string) => accountNames.get(id) ?? id,
}
// What a user does in a row: pick an owner, a due bucket, type a word, change the sort.
const filterSteps: ActionItemQueryInput[] = [
  {},
  { owner: ['owner-3'] },
  { owner: ['owner-3', 'owner-7'] },
  { owner: ['owner-3', 'owner-7'], due: ['overdue'] },
  { owner: ['owner-3', 'owner-7'], due: ['overdue', 'this_week'] },
  { owner: ['owner-3', 'owner-7'], due: ['overdue', 'this_week'], q: 'sla' },
  { due: ['overdue', 'this_week'], q: 'sla', sort: 'priority' },
  { q: 'rota', sort: 'owner' },
  { sort: '-due', page: 3 },
  { status: ['todo', 'in_progress'], sort: 'account' },
]
record({
  name: `(d) queryActionItems, ${ITEMS} items, per filter change`,
  ...measureSteps(filterSteps, (query) => queryActionItems(items, query, queryContext), RUNS),
  aimMs: 16,
})

const note = generateNote(1000)
const noteContext = {
  noteId: 'generated',
  notePath: 'generated.md',
  people: people.people,
  accounts: seedAccountAliases,
}
record({
  name: '(e) parseNote, 1,000 tasks',
  ...measure(() => parseNote(note, noteContext), RUNS),
  aimMs: null,
})

printTable(lines)

if (!flags.engine) {
  prepareBuild()
  const { runUiFilterBench } = await import('./bench/ui-filter')
  await runUiFilterBench([])
  const { runLoadBench } = await import('./bench/load')
  await runLoadBench([])
}
