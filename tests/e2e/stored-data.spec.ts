import { expect, test, type Page } from '@playwright/test'
import { chooseInRow, itemRows } from './support/pages'

const KEY = 'opmodel:backend'

async function storeBeforeLoad(page: Page, value: string) {
  // Only on the first load: a later reload must see what the app itself saved.
  await page.addInitScript(
    ([key, stored]) => {
      if (sessionStorage.getItem('seeded-by-test')) return
      sessionStorage.setItem('seeded-by-test', '1')
      localStorage.setItem(key, stored)
    },
    [KEY, value] as const,
  )
}

const cases = [
  {
    name: 'saved by an older version',
    value: JSON.stringify({ schemaVersion: 0, items: [{ id: 'x', text: 'old shape' }] }),
    notice: 'Saved changes came from an older version of OpModel and were reset to the note.',
  },
  {
    name: 'not readable at all',
    value: '{"schemaVersion": 1, "actionItems": [',
    notice: 'Saved changes could not be read and were reset to the note.',
  },
]

for (const { name, value, notice } of cases) {
  test(`stored data ${name}: the app starts on the note's data and says so`, async ({ page }) => {
    await storeBeforeLoad(page, value)
    await page.goto('/action-items')

    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible()
    const rows = itemRows(page)
    await expect(rows).toHaveCount(8)
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull()

    await page.reload()
    await expect(rows).toHaveCount(8)
    await expect(page.getByText(notice)).toBeHidden()
  })
}

test('stored data saved before import bases were kept still loads, edits and all', async ({
  page,
}) => {
  await page.goto('/action-items')
  const rows = itemRows(page)
  const priority = rows.first().getByRole('combobox', { name: /^Priority of/ })
  await chooseInRow(priority, { label: 'Lowest' })
  await expect(page.getByText('Showing your saved changes')).toBeVisible()

  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>
    delete saved.noteBases
    localStorage.setItem(key, JSON.stringify(saved))
  }, KEY)
  await page.reload()

  await expect(rows).toHaveCount(8)
  await expect(priority).toHaveValue('lowest')
  await expect(page.getByText(/were reset to the note/)).toHaveCount(0)
})
