import { expect, test } from '@playwright/test'
import { stopsWithoutRing, tabTo } from './support/keyboard'
import { waitForContent } from './support/pages'

test('the skip link moves focus to the page content', async ({ page }) => {
  await page.goto('/action-items')
  await waitForContent(page)

  const stops = await tabTo(page, /^Skip to content$/, 1)
  expect(stopsWithoutRing(stops)).toEqual([])
  await page.keyboard.press('Enter')

  await expect(page.locator('main')).toBeFocused()
})

test('action items: every control on the way to "New action item" shows a focus ring', async ({
  page,
}) => {
  await page.goto('/action-items')
  await waitForContent(page)

  const stops = await tabTo(page, /^New action item$/)

  expect(stops.map((s) => s.name)).toEqual(
    expect.arrayContaining(['Skip to content', 'Action items', 'Dark theme']),
  )
  expect(stopsWithoutRing(stops)).toEqual([])
})

test('the new-item dialog keeps focus inside, closes on Escape and returns focus', async ({
  page,
}) => {
  await page.goto('/action-items')
  await waitForContent(page)
  await tabTo(page, /^New action item$/)
  const opener = page.getByRole('button', { name: 'New action item' })

  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'New action item' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel(/Title/)).toBeFocused()

  // A modal dialog makes the page inert: past its last control, Chromium hands focus to the
  // browser's own toolbar (the body, seen from the page), never to the page behind.
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab')
    const where = await dialog.evaluate((el) =>
      el.contains(document.activeElement) || document.activeElement === document.body
        ? 'dialog'
        : (document.activeElement?.outerHTML.slice(0, 80) ?? 'none'),
    )
    expect(where).toBe('dialog')
  }

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
})

test('account page: the rota table and the calendar export are reachable by keyboard', async ({
  page,
}) => {
  await page.goto('/accounts/xai')
  await waitForContent(page)

  const toTable = await tabTo(page, /^Show as table$/)
  await page.keyboard.press('Space')
  const coverage = page.getByRole('region', { name: /^Coverage/ })
  await expect(coverage.getByRole('table', { name: /^Shifts,/ })).toBeVisible()

  const toExport = await tabTo(page, /^Calendar \(\.ics\)$/)
  expect(toTable.map((s) => s.name)).toEqual(expect.arrayContaining(['Contacts', 'SLAs']))
  expect(stopsWithoutRing([...toTable, ...toExport])).toEqual([])
})

test('charts have a table alternative a keyboard user can open', async ({ page }) => {
  await page.goto('/')
  await waitForContent(page)
  await tabTo(page, /^Show as table$/)
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('table', { name: 'Open action items by owner and due bucket' }),
  ).toBeVisible()

  await page.goto('/coverage')
  await waitForContent(page)
  await tabTo(page, /^Show data table$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: /hours by team/ }).getByRole('table')).toBeVisible()
})

test('opening an account from the portfolio moves focus to the new page and names the tab', async ({
  page,
}) => {
  await page.goto('/')
  await waitForContent(page)
  await expect(page).toHaveTitle('Portfolio · OpModel')
  await tabTo(page, /^CoreWeave$/)

  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: 'CoreWeave' })).toBeVisible()
  await expect(page.locator('main')).toBeFocused()
  await expect(page).toHaveTitle('CoreWeave · OpModel')
  // The next Tab goes on from the top of the page's content, not from the header.
  await page.keyboard.press('Tab')
  await expect(page.locator('main :focus')).toHaveCount(1)
})
