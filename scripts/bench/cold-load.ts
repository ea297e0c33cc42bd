import type { Browser } from 'playwright-core'
import type { SentResponse, StaticServer } from './static-server'

export interface LoadTarget {
  name: string
  path: string
  /** An element that exists only once the page shows data from the backend. */
  dataSelector: string
}

export interface LoadResult {
  /** Compressed JS and CSS bodies whose requests arrived before the data was visible. */
  jsCssBeforeData: number
  /** Every compressed JS and CSS body sent by the end of the settle time. */
  jsCssTotal: number
  firstContentfulPaintMs: number
  dataVisibleMs: number
  largestContentfulPaintMs: number
  cumulativeLayoutShift: number
  heapUsedMb: number
  heapAfterGcMb: number
}

interface PageFigures {
  fcp: number
  lcp: number
  cls: number
  dataAt: number | null
  timeOrigin: number
}

declare global {
  interface Window {
    __loadBench: PageFigures
  }
}

/**
 * Runs in the page before any of its scripts. Data is visible at the first animation frame after
 * the selector matches, so the time includes the render that puts it on screen. Plain source
 * text: a function handed over by reference would carry tsx's helpers, which the page lacks.
 */
function observerScript(selector: string): string {
  return `(() => {
    const figures = { fcp: 0, lcp: 0, cls: 0, dataAt: null, timeOrigin: performance.timeOrigin }
    window.__loadBench = figures
    const observe = (type, onEntry) =>
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry))
        .observe({ type, buffered: true })
    observe('paint', (e) => { if (e.name === 'first-contentful-paint') figures.fcp = e.startTime })
    observe('largest-contentful-paint', (e) => { figures.lcp = e.startTime })
    observe('layout-shift', (e) => { if (!e.hadRecentInput) figures.cls += e.value })
    let seen = false
    new MutationObserver(() => {
      if (seen || !document.querySelector(${JSON.stringify(selector)})) return
      seen = true
      requestAnimationFrame((frameTime) => { figures.dataAt = frameTime })
    }).observe(document, { childList: true, subtree: true })
  })()`
}

const isJsOrCss = (response: SentResponse) => /\.(js|css)$/.test(response.path)
const sumBytes = (responses: SentResponse[]) => responses.reduce((sum, r) => sum + r.bytes, 0)

/** One load in a fresh browser context: empty HTTP cache, no service worker, no storage. */
export async function coldLoad(
  browser: Browser,
  server: StaticServer,
  target: LoadTarget,
  settleMs: number,
): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await page.addInitScript(observerScript(target.dataSelector))
  server.sent.length = 0

  await page.goto(`${server.origin}${target.path}`)
  await page.waitForFunction(() => window.__loadBench.dataAt !== null, null, { timeout: 30_000 })
  // LCP and layout shifts are only final once the page is quiet.
  await page.waitForTimeout(settleMs)

  const figures = await page.evaluate(() => window.__loadBench)
  const heapMetric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20
  }
  const heapUsedMb = await heapMetric()
  await cdp.send('HeapProfiler.collectGarbage')
  const heapAfterGcMb = await heapMetric()
  await context.close()

  const dataAtEpoch = figures.timeOrigin + (figures.dataAt ?? 0)
  const assets = server.sent.filter(isJsOrCss)
  return {
    jsCssBeforeData: sumBytes(assets.filter((r) => r.arrivedAt <= dataAtEpoch)),
    jsCssTotal: sumBytes(assets),
    firstContentfulPaintMs: figures.fcp,
    dataVisibleMs: figures.dataAt ?? Number.NaN,
    largestContentfulPaintMs: figures.lcp,
    cumulativeLayoutShift: figures.cls,
    heapUsedMb,
    heapAfterGcMb,
  }
}
