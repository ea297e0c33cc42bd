import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium'
import { startStaticServer } from './static-server'
import { pageProbe, type ProbeState } from './ui-probe'

declare global {
  interface Window {
    __probe: ProbeState
  }
}

type Step = { label: string; act(page: Page): Promise<unknown>; from: 'input' | 'url' }
type Sample = { changeToListMs: number; longestTaskMs: number }

const group = (page: Page, name: string) => page.getByRole('group', { name })
const WORDS = [
  'sla',
  'rota',
  'paging',
  'qbr',
  'legal',
  'firmware',
  'capacity',
  'runbook',
  'alarm',
  'apj',
]
const SORTS = ['priority', 'owner', 'account', '-due', '-priority']

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Times one change: from the user's input (or, for the debounced search, its commit to the
 * URL) to the first frame that shows the new list, and the longest task in between. */
async function timeStep(page: Page, step: Step): Promise<Sample> {
  await page.evaluate(() => window.__probe.arm())
  await step.act(page)
  await page.waitForFunction(() => window.__probe.doneAt !== null, null, { timeout: 15_000 })
  // Long tasks are reported after they end; give the observer a moment.
  await page.waitForTimeout(150)
  return page.evaluate((from) => window.__probe.result(from), step.from)
}

/** Ten timed steps of each kind; each leads to a list not seen before, so none is cached. */
function stepsByKind(): Record<string, Step[]> {
  const ownerBox = (page: Page, i: number) => group(page, 'Owner').getByRole('checkbox').nth(i)
  const dueBox = (page: Page, i: number) => group(page, 'Due').getByRole('checkbox').nth(i)
  const range = (n: number) => Array.from({ length: n }, (_, i) => i)
  return {
    owner: range(10).map((i) => ({
      label: `owner ${i}`,
      from: 'input',
      act: (page) => ownerBox(page, i).click(),
    })),
    'due bucket': [...range(7).map((i) => [i]), [0, 1], [0, 2], [1, 3]].map((boxes) => ({
      label: `due ${boxes.join('+')}`,
      from: 'input',
      act: async (page) => {
        for (const box of boxes.slice(1)) await dueBox(page, box).click()
        await dueBox(page, boxes[0]!).click()
      },
    })),
    text: WORDS.map((word) => ({
      label: `text "${word}"`,
      from: 'url',
      act: (page) => page.getByPlaceholder(/^Search title/).fill(word),
    })),
    sort: [...SORTS, ...SORTS].map((sort, i) => ({
      label: `sort ${sort}${i >= SORTS.length ? ' (overdue only)' : ''}`,
      from: 'input',
      act: (page) => page.getByLabel('Sort by').selectOption(sort),
    })),
  }
}

/** Puts the page back to the unfiltered list, untimed, before each step of a kind. */
async function resetFilters(page: Page, kind: string, index: number) {
  const url = new URL(page.url())
  const params = new URLSearchParams({ pageSize: url.searchParams.get('pageSize') ?? '500' })
  if (kind === 'sort' && index >= SORTS.length) params.set('due', 'overdue')
  if (kind === 'sort' && index > 0 && index !== SORTS.length) {
    params.set('sort', SORTS[(index - 1) % SORTS.length]!)
  }
  const next = `${url.pathname}?${params.toString()}`
  // The same filters in another order are the same list: nothing would render, so skip.
  const canonical = (search: URLSearchParams) => [...search].map(String).sort().join('&')
  if (canonical(url.searchParams) === canonical(params)) return
  await page.evaluate((to) => {
    window.__probe.arm()
    window.history.pushState(null, '', to)
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, next)
  await page.waitForFunction(() => window.__probe.doneAt !== null, null, { timeout: 15_000 })
}

export async function runUiFilterBench(argv: string[]): Promise<void> {
  const { values: flags } = parseArgs({
    args: argv,
    strict: false,
    options: {
      dist: { type: 'string', default: fileURLToPath(new URL('../../dist', import.meta.url)) },
      'page-size': { type: 'string', default: '500' },
    },
  })
  const root = String(flags.dist)
  if (!existsSync(`${root}/generated/dataset.json`)) {
    throw new Error(`No data set in ${root}: run \`npm run generate\`, then \`npx vite build\`.`)
  }
  const server = await startStaticServer(root, true)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.addInitScript(pageProbe)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')

    const started = Date.now()
    await page.goto(
      `${server.origin}/action-items?dataset=generated&pageSize=${flags['page-size']}`,
    )
    await page.getByRole('row').nth(3).waitFor({ timeout: 60_000 })
    const loadMs = Date.now() - started
    process.stderr.write(`  loaded 50,000 items, first rows after ${loadMs} ms\n`)

    const lines: string[] = []
    for (const [kind, steps] of Object.entries(stepsByKind())) {
      const samples: Sample[] = []
      for (const [index, step] of steps.entries()) {
        await resetFilters(page, kind, index)
        const sample = await timeStep(page, step)
        process.stderr.write(
          `  ${step.label}: ${sample.changeToListMs.toFixed(1)} ms, ` +
            `longest task ${sample.longestTaskMs.toFixed(0)} ms\n`,
        )
        samples.push(sample)
      }
      const times = samples.map((s) => s.changeToListMs)
      const longest = Math.max(...samples.map((s) => s.longestTaskMs))
      lines.push(
        `${kind.padEnd(11)} ${median(times).toFixed(1).padStart(9)} ` +
          `${Math.max(...times)
            .toFixed(1)
            .padStart(8)} ${longest.toFixed(0).padStart(12)}`,
      )
    }

    const heap = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics')
      return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20
    }
    const heapUsed = await heap()
    await cdp.send('HeapProfiler.collectGarbage')
    const heapAfterGc = await heap()

    console.log(`Chromium, /action-items?dataset=generated&pageSize=${flags['page-size']}`)
    console.log(`first rows after a cold load: ${loadMs} ms`)
    console.log('change      median ms   max ms  longest task ms   (aim: 16 ms, no task > 50 ms)')
    for (const line of lines) console.log(line)
    console.log(`JS heap used: ${heapUsed.toFixed(0)} MB (${heapAfterGc.toFixed(0)} MB after GC)`)
  } finally {
    await browser.close()
    await server.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runUiFilterBench(process.argv.slice(2))
}
