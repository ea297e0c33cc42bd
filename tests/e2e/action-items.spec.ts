import { expect, test } from '@playwright/test'
import { itemRows } from './support/pages'

test('filter action items by owner and due date, reload, and see the same view', async ({
  page,
}) => {
  await page.goto('/action-items')
  const rows = itemRows(page)
  await expect(rows).toHaveCount(8)

  // The filters live in the URL: a box shows its tick once the navigation lands, so click
  // and then wait for the tick rather than asking check() to see it at once.
  for (const [group, name] of [
    ['Owner', /Jordan Avery/],
    ['Due', /Overdue/],
    ['Priority', /^High \(/],
  ] as const) {
    const box = page.getByRole('group', { name: group }).getByRole('checkbox', { name })
    await box.click()
    await expect(box).toBeChecked()
  }

  await expect(page).toHaveURL(/owner=jordan-avery/)
  await expect(page).toHaveURL(/due=overdue/)
  await expect(rows).toHaveCount(3)
  const before = await rows.allInnerTexts()

  await page.reload()

  await expect(rows).toHaveCount(3)
  expect(await rows.allInnerTexts()).toEqual(before)
  await expect(
    page.getByRole('group', { name: 'Owner' }).getByRole('checkbox', { name: /Jordan Avery/ }),
  ).toBeChecked()
})

test('a copied link opens the same filtered view', async ({ page }) => {
  await page.goto('/action-items?priority=low&owner=jordan-avery')

  const rows = itemRows(page)

  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText('Jordan Avery')
})

test('a link naming someone unknown shows every item, and says why', async ({ page }) => {
  await page.goto('/action-items?owner=nobody-known')

  const rows = itemRows(page)
  const notice = page.getByRole('status').filter({ hasText: 'Some filters in the address' })

  await expect(rows).toHaveCount(8)
  await expect(notice).toContainText(
    'owner=nobody-known — no one has that id. Showing all owners instead.',
  )
  await expect(page.getByText('8 matching')).toBeVisible()

  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  await expect(page).toHaveURL(/\/action-items$/)
  await expect(rows).toHaveCount(8)
})

test.describe('on a 1440 px desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('the table fits its box, so the last column shows without scrolling', async ({ page }) => {
    await page.goto('/action-items')
    await expect(itemRows(page)).toHaveCount(8)

    const box = page.getByRole('region', { name: /^Action items table/ })
    const widths = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
    expect(widths.scroll).toBeLessThanOrEqual(widths.client)
    await expect(page.getByRole('columnheader').last()).toBeInViewport({ ratio: 1 })
  })
})
