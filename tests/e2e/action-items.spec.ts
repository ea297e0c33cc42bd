import { expect, test } from '@playwright/test'

test('filter action items by owner and due date, reload, and see the same view', async ({
  page,
}) => {
  await page.goto('/action-items')
  const rows = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
  await expect(rows).toHaveCount(8)

  await page
    .getByRole('group', { name: 'Owner' })
    .getByRole('checkbox', { name: /Jordan Avery/ })
    .check()
  await page
    .getByRole('group', { name: 'Due' })
    .getByRole('checkbox', { name: /Overdue/ })
    .check()
  await page
    .getByRole('group', { name: 'Priority' })
    .getByRole('checkbox', { name: /^High \(/ })
    .check()

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

  const rows = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })

  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText('Jordan Avery')
})
