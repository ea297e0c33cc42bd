import { expect, test, type Locator, type Page } from '@playwright/test'
import { serveApiFromNode } from './support/api-backend'
import { breakApi, faultMessages, faults, slowApi } from './support/faults'

interface PageUnderTest {
  name: string
  path: string
  /** The requests to break: one section's data, never the whole page's. */
  endpoint(url: URL): boolean
  /** The section that depends on them. */
  section(page: Page): Locator
  error: string
  loading: string
  loaded(page: Page): Locator
  /** Something from another section that must keep working meanwhile. */
  others(page: Page): Locator[]
}

const pages: PageUnderTest[] = [
  {
    name: 'portfolio',
    path: '/',
    endpoint: (url) => url.pathname === '/api/accounts',
    section: (page) => page.getByRole('main'),
    error: 'Could not load accounts',
    loading: 'Loading accounts…',
    loaded: (page) => page.getByRole('heading', { name: 'CoreWeave' }),
    others: (page) => [
      page
        .getByRole('region', { name: /Open action items by owner/ })
        .getByRole('button', { name: 'Show as table' }),
    ],
  },
  {
    name: 'account',
    path: '/accounts/xai',
    endpoint: (url) => /^\/api\/accounts\/xai\/shifts$/.test(url.pathname),
    section: (page) => page.getByRole('region', { name: /^Coverage/ }),
    error: "Could not load this week's shifts",
    loading: "Loading this week's shifts…",
    loaded: (page) => page.getByRole('region', { name: /Week timeline/ }),
    others: (page) => [
      page
        .getByRole('region', { name: /^Contacts/ })
        .getByText('Riley Hart')
        .first(),
      page.getByRole('region', { name: /^SLAs/ }).getByRole('row', { name: /Sev1.*response/i }),
      page.getByRole('region', { name: /^Export coverage/ }).getByLabel('From'),
    ],
  },
  {
    name: 'action items',
    path: '/action-items',
    endpoint: (url) => url.pathname === '/api/action-items',
    section: (page) => page.getByRole('main'),
    error: 'Could not load action items',
    loading: 'Loading action items…',
    loaded: (page) => page.getByRole('table').getByRole('row').nth(1),
    others: (page) => [
      page.getByRole('button', { name: 'New action item' }),
      page.getByLabel('Search action items'),
    ],
  },
  {
    name: 'coverage',
    path: '/coverage',
    endpoint: (url) => /^\/api\/accounts\/[^/]+\/shifts$/.test(url.pathname),
    section: (page) => page.getByRole('region', { name: /hours by team/ }),
    error: 'Could not load the shifts',
    loading: 'Loading shifts…',
    loaded: (page) => page.getByRole('button', { name: 'Show data table' }),
    others: (page) => [
      page
        .getByRole('region', { name: /^Next gaps/ })
        .getByRole('listitem')
        .first(),
      page.getByRole('region', { name: /^Export coverage/ }).getByLabel('From'),
    ],
  },
]

const pageErrors = new WeakMap<Page, Error[]>()

test.beforeEach(async ({ page }) => {
  const errors: Error[] = []
  pageErrors.set(page, errors)
  page.on('pageerror', (error) => errors.push(error))
  await serveApiFromNode(page)
})

async function expectShell(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  expect(pageErrors.get(page)).toEqual([])
}

for (const target of pages) {
  test.describe(target.name, () => {
    for (const fault of faults) {
      test(`${fault}: says so, offers a retry that works, keeps the rest`, async ({ page }) => {
        const api = await breakApi(page, target.endpoint, fault)
        await page.goto(target.path)

        // Server errors and network failures are retried twice (1 s, then 2 s) first.
        const alert = target.section(page).getByRole('alert').filter({ hasText: target.error })
        await expect(alert).toBeVisible({ timeout: 10_000 })
        await expect(alert).toContainText(faultMessages[fault])
        for (const other of target.others(page)) await expect(other).toBeVisible()
        await expectShell(page)

        api.restore()
        await alert.getByRole('button', { name: 'Try again' }).first().click()
        await expect(target.loaded(page)).toBeVisible()
        await expect(alert).toBeHidden()
        await expectShell(page)
      })
    }

    test('a 10-second answer shows a loading state, then the data', async ({ page }) => {
      test.setTimeout(40_000)
      await slowApi(page, target.endpoint, 10_000)
      await page.goto(target.path)

      const status = target.section(page).getByRole('status').filter({ hasText: target.loading })
      await expect(status.first()).toBeVisible()
      for (const other of target.others(page)) await expect(other).toBeVisible()
      await expectShell(page)
      await expect(status.first()).toContainText('taking longer than usual', { timeout: 8_000 })
      await expect(target.loaded(page)).toBeVisible({ timeout: 15_000 })
    })

    test('a slow answer can be asked for again', async ({ page }) => {
      await slowApi(page, target.endpoint, 20_000, 1)
      await page.goto(target.path)

      const status = target.section(page).getByRole('status').filter({ hasText: target.loading })
      await status.first().getByRole('button', { name: 'Ask again' }).click({ timeout: 8_000 })
      // Well before the first answer's 20 s: the second request was not held.
      await expect(target.loaded(page)).toBeVisible({ timeout: 5_000 })
      await expectShell(page)
    })
  })
}

test('account: when the account itself fails, the page says so and recovers', async ({ page }) => {
  const api = await breakApi(page, (url) => url.pathname === '/api/accounts/xai', '500')
  await page.goto('/accounts/xai')

  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the account' })
  await expect(alert).toBeVisible({ timeout: 10_000 })
  await expectShell(page)

  api.restore()
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'xAI' })).toBeVisible()
})
