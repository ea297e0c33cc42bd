import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { calendarDateSchema } from '@/contract'
import { GENERATED_DATASET_PATH } from '../mocks/seed/generated-dataset'
import { buildDataset, DEFAULT_ANCHOR, serializeDataset } from './generate/build-dataset'

const { values: flags } = parseArgs({
  options: {
    accounts: { type: 'string', default: '500' },
    items: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '42' },
    anchor: { type: 'string', default: DEFAULT_ANCHOR },
    out: { type: 'string', default: `public/${GENERATED_DATASET_PATH}` },
  },
})

function count(name: string, raw: string, min: number): number {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be a whole number of at least ${min}, not "${raw}".`)
    process.exit(2)
  }
  return value
}

const options = {
  accounts: count('accounts', flags.accounts, 1),
  items: count('items', flags.items, 0),
  seed: count('seed', flags.seed, 0),
  anchor: flags.anchor,
}
if (!calendarDateSchema.safeParse(options.anchor).success) {
  console.error(`--anchor must be a date, YYYY-MM-DD, not "${options.anchor}".`)
  process.exit(2)
}

const started = performance.now()
const text = serializeDataset(buildDataset(options))
const out = resolve(flags.out)
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, text)

const mb = (Buffer.byteLength(text) / 2 ** 20).toFixed(1)
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `${options.accounts.toLocaleString('en')} accounts, ${options.items.toLocaleString('en')} ` +
    `items (seed ${options.seed}, due dates around ${options.anchor}) → ${out}, ` +
    `${mb} MB, ${seconds} s`,
)
console.log('Open the app with ?dataset=generated to use it.')
