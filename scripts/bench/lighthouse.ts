import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'

/** Starts Chromium with a debugging port of its own choosing and reads the port it picked. */
async function launchChromium(executablePath: string, args: string[]) {
  const profile = mkdtempSync(join(tmpdir(), 'opmodel-lighthouse-'))
  const child = spawn(
    executablePath,
    [...args, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const port = await new Promise<number>((resolve, reject) => {
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//)
      if (match) resolve(Number(match[1]))
    })
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${output}`)))
  })
  return {
    port,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill()
      await exited
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export interface LighthouseFigures {
  score: number
  firstContentfulPaintMs: number
  largestContentfulPaintMs: number
  totalBlockingTimeMs: number
}

/**
 * Lighthouse's default settings are its mobile preset: a mid-range phone's screen, 4x CPU
 * slowdown and a simulated slow 4G link. Returns the performance score out of 100 and the
 * simulated timings that weigh most in it.
 */
export async function runLighthouse(
  url: string,
  executablePath: string,
  args: string[],
): Promise<LighthouseFigures> {
  const chromium = await launchChromium(executablePath, args)
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
    })
    const lhr = result?.lhr
    const audit = (id: string) => lhr?.audits[id]?.numericValue ?? Number.NaN
    return {
      score: Math.round((lhr?.categories.performance?.score ?? Number.NaN) * 100),
      firstContentfulPaintMs: audit('first-contentful-paint'),
      largestContentfulPaintMs: audit('largest-contentful-paint'),
      totalBlockingTimeMs: audit('total-blocking-time'),
    }
  } finally {
    await chromium.close()
  }
}
