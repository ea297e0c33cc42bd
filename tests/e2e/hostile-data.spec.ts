import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import ICAL from 'ical.js'
import Papa from 'papaparse'
import { useTheme, waitForContent, watchCspViolations } from './support/pages'

const FIXTURE = 'tests/fixtures/hostile-note.md'
const FORMULA_START = /^[=+\-@\t\r]/

test.use({ viewport: { width: 1440, height: 900 } })

/** Elements or attributes that only markup from the data could have created. */
function injectedMarkup(page: Page) {
  return page.evaluate(() => {
    const found: string[] = []
    const tags = 'img, iframe, object, embed, marquee, b, script:not([src])'
    for (const el of document.querySelectorAll(tags)) found.push(el.outerHTML.slice(0, 80))
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`)
        if (/^\s*javascript:/i.test(attr.value))
          found.push(`${el.tagName} ${attr.name}=${attr.value}`)
      }
    }
    return found
  })
}

/**
 * How far the page runs past the window, and how far its widest element does: a table in a
 * scroll box may be wider than the window by design, but data must not make it wider.
 */
function measureWidth(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth
    const rights = [...document.querySelectorAll('main *')]
      .filter((el) => !el.closest('.sr-only'))
      .map((el) => el.getBoundingClientRect().right)
    return {
      page: document.documentElement.scrollWidth - width,
      widest: Math.round(Math.max(width, ...rights) - width),
    }
  })
}

const PAGES = ['/', '/accounts/coreweave', '/accounts/xai', '/action-items?pageSize=100']

async function importHostileNote(page: Page) {
  await page.goto('/import')
  await page.getByLabel('Choose .md files').setInputFiles(FIXTURE)
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByRole('heading', { name: 'Preview', exact: true })).toBeVisible()
  // A title the app could not save is left out with a warning, as one typed in the app is.
  await expect(page.getByText('the text is 2,500 characters; 2,000 at most')).toBeVisible()
  expect(await injectedMarkup(page)).toEqual([])
  expect((await measureWidth(page)).page).toBeLessThanOrEqual(0)

  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Imported 1 note' })).toBeVisible()
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download')
  await click()
  const path = await (await downloading).path()
  return readFileSync(path, 'utf8')
}

test('a note full of hostile strings is shown inert and legible, and exports stay valid', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const violations = await watchCspViolations(page)
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })

  const before = new Map<string, number>()
  for (const path of PAGES) {
    await page.goto(path)
    await waitForContent(page)
    before.set(path, (await measureWidth(page)).widest)
  }

  await importHostileNote(page)

  for (const path of [...PAGES, '/coverage', '/import']) {
    await page.goto(path)
    await waitForContent(page)
    expect(await injectedMarkup(page), path).toEqual([])
    const width = await measureWidth(page)
    expect(width.page, path).toBeLessThanOrEqual(0)
    expect(width.widest, path).toBeLessThanOrEqual(before.get(path) ?? 0)
  }

  await page.goto('/action-items?pageSize=100')
  await waitForContent(page)
  const table = page.getByRole('table')
  await expect(
    table.getByText("<script>alert('task-script')</script>", { exact: false }),
  ).toBeVisible()
  await expect(
    table.getByText('=HYPERLINK("http://evil.example","click")', { exact: false }),
  ).toBeVisible()
  await expect(table.getByText(/WWWWWWWWWW/).first()).toBeVisible()

  const csv = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click())
  expect(csv.startsWith('\uFEFFID,')).toBe(true)
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
  const cells = rows.slice(1).flat()
  expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([])
  expect(cells).toContain(`'=HYPERLINK("http://evil.example","click") CoreWeave`)
  expect(cells).toContain("'@SUM (unknown)")
  expect(cells.some((cell) => cell.length >= 1_900)).toBe(true)

  // The calendar comes from the rota, not the notes; it must still come out whole.

  await page.goto('/accounts/coreweave')
  const panel = page.getByRole('region', { name: /Export/ })
  const ics = await download(page, () =>
    panel.getByRole('button', { name: 'Calendar (.ics)' }).click(),
  )
  const calendar = new ICAL.Component(ICAL.parse(ics))
  expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0)

  expect(dialogs).toEqual([])
  expect(violations).toEqual([])
})

test('the built app carries a strict CSP, and no page breaks it', async ({ page }) => {
  const violations = await watchCspViolations(page)
  await useTheme(page, 'dark')
  await page.goto('/')
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(policy).toContain("script-src 'self';")
  expect(policy).toContain("object-src 'none'")
  expect(policy).not.toContain('unsafe-inline')

  for (const path of ['/', '/accounts/xai', '/action-items', '/coverage', '/import', '/nowhere']) {
    await page.goto(path)
    await waitForContent(page)
  }
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.goto('/')
  await page.getByRole('button', { name: 'Show as table' }).click()
  await page.goto('/coverage')
  await page.getByRole('button', { name: 'Show data table' }).click()
  await page.goto('/action-items')
  await page.getByRole('button', { name: 'New action item' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()

  expect(violations).toEqual([])
})
