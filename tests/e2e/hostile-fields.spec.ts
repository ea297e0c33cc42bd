import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import ICAL from 'ical.js'
import Papa from 'papaparse'
import { buildSeed } from '../../mocks/seed/build-seed'
import { revealBidiControls } from '../../src/lib/reveal-bidi'
import { readSeedSources, serveApiFromNode } from './support/api-backend'
import { makeSourcesHostile } from './support/hostile-sources'
import { waitForContent, watchCspViolations } from './support/pages'

const FORMULA_START = /^[=+\-@\t\r]/
const hostile = makeSourcesHostile(readSeedSources())
const seed = buildSeed(hostile)

// The API is served from Node so that it can serve these files: see serveApiFromNode.
test.use({ viewport: { width: 1440, height: 900 } })

/** Elements or attributes that only markup from the data could have created. */
function findInjectedMarkup(page: Page) {
  return page.evaluate(() => {
    const found: string[] = []
    for (const el of document.querySelectorAll('img, iframe, object, embed, script:not([src])')) {
      found.push(el.outerHTML.slice(0, 80))
    }
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`)
        const isUrl = /^(href|src|action|formaction|xlink:href)$/i.test(attr.name)
        if (isUrl && /^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}`)
      }
    }
    return found
  })
}

function measureOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download')
  await click()
  return readFileSync(await (await downloading).path(), 'utf8')
}

/** The start of a field as the page shows it: its first line, bidi controls made visible. */
function shownStart(text: string): string {
  return revealBidiControls(text.split(/\r?\n/)[0]!.slice(0, 60))
}

test('hostile strings in every account, people and rota field stay inert and legible', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const violations = await watchCspViolations(page)
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await serveApiFromNode(page, hostile)

  for (const path of ['/', '/accounts/coreweave', '/accounts/xai', '/action-items', '/coverage']) {
    await page.goto(path)
    await waitForContent(page)
    expect(await findInjectedMarkup(page), path).toEqual([])
    expect(await measureOverflow(page), path).toBeLessThanOrEqual(0)
  }

  const [first, second] = seed.accounts
  await page.goto('/')
  await waitForContent(page)
  for (const account of [first!, second!]) {
    await expect(page.getByRole('heading', { name: shownStart(account.name) })).toBeVisible()
  }

  // A right-to-left override (U+202E) is shown as a mark, not obeyed: "gpj.exe" must not
  // read as "exe.jpg".
  const overridden = seed.accounts.map((a) => a.rankLabel).find((label) => label.includes('\u202E'))
  expect(overridden).toBeDefined()
  await expect(
    page.getByText(overridden!.replace('\u202E', '⟦RLO⟧').replace('\u202C', '⟦PDF⟧')),
  ).toBeVisible()

  await page.goto(`/accounts/${second!.id}`)
  await waitForContent(page)
  const contact = second!.contacts[0]!
  const contacts = page.getByRole('region', { name: 'Contacts' })
  const person = seed.people.find((p) => p.id === contact.personId)!
  await expect(contacts.getByText(shownStart(person.name)).first()).toBeVisible()

  const panel = page.getByRole('region', { name: /Export/ })
  const ics = await download(page, () =>
    panel.getByRole('button', { name: 'Calendar (.ics)' }).click(),
  )
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const events = calendar.getAllSubcomponents('vevent')
  expect(events.length).toBeGreaterThan(0)
  const summaries = events.map((event) => String(event.getFirstPropertyValue('summary')))
  const names = seed.people.map((p) => p.name)
  expect(summaries.some((summary) => names.some((name) => summary.includes(name)))).toBe(true)
  expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)

  const csv = await download(page, () => panel.getByRole('button', { name: /^Shifts/ }).click())
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.flat()
  expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([])
  expect(cells.some((cell) => cell.includes('W'.repeat(10_000)))).toBe(true)

  expect(dialogs).toEqual([])
  expect(violations).toEqual([])
})
