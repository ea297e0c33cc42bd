import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { coldLoad, type LoadResult, type LoadTarget } from './cold-load'
import { runLighthouse } from './lighthouse'
import { printLoadTable, type LoadLine } from './load-table'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium'
import { startStaticServer } from './static-server'

const targets: LoadTarget[] = [
  { name: 'portfolio /', path: '/', dataSelector: '#account-coreweave, #account-xai' },
  { name: 'account /accounts/xai', path: '/accounts/xai', dataSelector: '#slas table tbody tr' },
]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  if (sorted.length % 2 === 1) return sorted[mid] ?? Number.NaN
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

function medianOf(results: LoadResult[]): LoadResult {
  const keys = Object.keys(results[0] ?? {}) as Array<keyof LoadResult>
  return Object.fromEntries(
    keys.map((key) => [key, median(results.map((r) => r[key]))]),
  ) as unknown as LoadResult
}

/** Loads the built app (`dist/` or `--dist DIR`, built beforehand) cold and prints medians. */
export async function runLoadBench(argv: string[]): Promise<void> {
  const { values: flags } = parseArgs({
    args: argv,
    options: {
      load: { type: 'boolean' },
      dist: { type: 'string', default: fileURLToPath(new URL('../../dist', import.meta.url)) },
      runs: { type: 'string', default: '5' },
      settle: { type: 'string', default: '1500' },
      'gzip-only': { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
    },
  })
  const runs = Number(flags.runs)
  const root = flags.dist
  if (!existsSync(`${root}/index.html`))
    throw new Error(`No build in ${root}: run \`npx vite build\`.`)

  const server = await startStaticServer(root, !flags['gzip-only'])
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const lines: LoadLine[] = []
  try {
    for (const target of targets) {
      // One untimed load, so the first timed one does not pay for the browser's own start-up.
      await coldLoad(browser, server, target, 0)
      const results: LoadResult[] = []
      for (let run = 0; run < runs; run += 1) {
        const result = await coldLoad(browser, server, target, Number(flags.settle))
        process.stderr.write(
          `  ${target.name} #${run + 1}: data at ${result.dataVisibleMs.toFixed(0)} ms\n`,
        )
        results.push(result)
      }
      const lighthouse = flags['no-lighthouse']
        ? null
        : await runLighthouse(`${server.origin}${target.path}`, CHROMIUM_PATH, CHROMIUM_ARGS)
      lines.push({ name: target.name, runs, median: medianOf(results), lighthouse })
    }
  } finally {
    await browser.close()
    await server.close()
  }
  printLoadTable(lines, root, flags['gzip-only'] ? 'gzip' : 'brotli where built, else gzip')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runLoadBench(process.argv.slice(2))
}
