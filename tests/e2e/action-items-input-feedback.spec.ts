import { expect, test, type Page } from '@playwright/test'
import { itemRows } from './support/pages'

/** The action items page's first row, its due date field and the date it holds. */
async function openFirstDueCell(page: Page) {
  await page.goto('/action-items')
  const row = itemRows(page).first()
  const due = row.getByLabel(/^Due date of/)
  return { row, due, before: await due.inputValue() }
}

test('a five-digit year or half-typed date in a due cell keeps the old date, saying so', async ({
  page,
}) => {
  const { row, due, before } = await openFirstDueCell(page)
  expect(before).not.toBe('')

  // Chromium's date field takes a year of up to six digits.
  await due.click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type('20271')
  await page.keyboard.press('Enter')
  await expect(row.getByRole('alert')).toHaveText(
    `Not a valid date, so the due date stays ${before}.`,
  )
  await expect(due).toHaveValue(before)

  await due.click()
  await page.keyboard.press('Backspace')
  // Tab would only move to the date's next part: leave the field by clicking away.
  await page.getByRole('heading', { name: 'Action items' }).click()
  await expect(row.getByRole('alert')).toHaveText(
    `Not a valid date, so the due date stays ${before}.`,
  )
  await expect(due).toHaveValue(before)
})

test('a bad tag in a new item keeps focus in the dialog and names the tag', async ({ page }) => {
  await page.goto('/action-items')
  await expect(itemRows(page)).toHaveCount(8)
  await page.getByRole('button', { name: 'New action item' }).click()
  const dialog = page.getByRole('dialog', { name: 'New action item' })

  await dialog.getByLabel(/^Title/).fill('Chase the RMA')
  await dialog.getByLabel('Tags').fill('#ok #')
  await dialog.getByRole('button', { name: 'Create item' }).press('Enter')

  await expect(dialog.getByLabel('Tags')).toBeFocused()
  await expect(dialog).toContainText(
    'Tag 2 ("#") is not a tag: write # followed by a word, without spaces.',
  )
})

test('deleting a saved view offers Undo and keeps focus off the page body', async ({ page }) => {
  await page.goto('/action-items?priority=high')
  await expect(itemRows(page).first()).toBeVisible()
  await page.getByRole('button', { name: 'Save view…' }).click()
  await page.getByRole('textbox', { name: 'Name this view' }).fill('High prio')
  await page.keyboard.press('Enter')

  await page.getByRole('button', { name: 'Delete view “High prio”' }).click()
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('link', { name: 'High prio' })).toBeFocused()
})

test('a due range typed backwards is flagged at its fields; the URL holds what applies', async ({
  page,
}) => {
  await page.goto('/action-items')
  await expect(itemRows(page).first()).toBeVisible()
  const range = page.getByRole('group', { name: 'Custom due range' })

  // Typed as a person would (en-US order), so Chromium reports each part of the year.
  await range.getByLabel('Due to').focus()
  await page.keyboard.type('11082025')
  await expect(page).toHaveURL(/\?dueTo=2025-11-08$/)
  await range.getByLabel('Due from').focus()
  await page.keyboard.type('11092025')

  await expect(range.getByRole('alert')).toContainText('The range is backwards')
  await expect(range.getByLabel('Due from')).toHaveValue('2025-11-09')
  await expect(range.getByLabel('Due to')).toHaveValue('2025-11-08')
  await expect(page).toHaveURL(/\?dueTo=2025-11-08$/)
  await expect(page.getByText(/in the address were ignored/)).toHaveCount(0)
})

test('a new item is not sent with a due date Chromium cannot read or a year typed short', async ({
  page,
}) => {
  await page.goto('/action-items')
  await expect(itemRows(page)).toHaveCount(8)
  await page.getByRole('button', { name: 'New action item' }).click()
  const dialog = page.getByRole('dialog', { name: 'New action item' })
  const due = dialog.getByLabel('Due date')
  await dialog.getByLabel(/^Title/).fill('Chase the RMA')

  // Typed as a person would (en-US order): Chromium keeps 02/30/2026 in view, its value "".
  await due.focus()
  await page.keyboard.type('02302026')
  await dialog.getByRole('button', { name: 'Create item' }).click()
  await expect(due).toBeFocused()
  await expect(due).toHaveAccessibleDescription(
    'Not a valid date: type a whole date that is in the calendar, or clear the field.',
  )

  await page.keyboard.type('121026')
  await dialog.getByRole('button', { name: 'Create item' }).click()
  await expect(due).toHaveAccessibleDescription(
    'The year 0026 looks incomplete: type all four digits (2026?).',
  )
  await expect(itemRows(page)).toHaveCount(8)

  // Focus the field afresh, so that typing starts at its month again.
  await dialog.getByLabel(/^Title/).focus()
  await due.focus()
  await page.keyboard.type('12102026')
  await dialog.getByLabel(/^Title/).press('Enter')
  await expect(
    page.getByRole('status').filter({ hasText: 'Created “Chase the RMA”' }),
  ).toBeVisible()
  await expect(itemRows(page)).toHaveCount(9)
})

test('a row’s due date typed with a two-digit year keeps the old date, naming the year', async ({
  page,
}) => {
  const { row, due, before } = await openFirstDueCell(page)

  await due.focus()
  await page.keyboard.type('121026')
  await page.keyboard.press('Enter')

  await expect(row.getByRole('alert')).toHaveText(
    `The year 0026 looks incomplete: type all four digits (2026?). The due date stays ${before}.`,
  )
  await expect(due).toHaveValue(before)
})

test('a due range date Chromium cannot read is flagged once the field is left', async ({
  page,
}) => {
  await page.goto('/action-items')
  await expect(itemRows(page)).toHaveCount(8)
  const range = page.getByRole('group', { name: 'Custom due range' })

  await range.getByLabel('Due from').focus()
  await page.keyboard.type('02302026')
  await page.getByRole('heading', { name: 'Action items' }).click()

  await expect(range.getByRole('alert')).toHaveText(
    'Not a valid date: type a whole date that is in the calendar, or clear the field. ' +
      'Until then the list ignores “Due from”.',
  )
  await expect(itemRows(page)).toHaveCount(8)
})
