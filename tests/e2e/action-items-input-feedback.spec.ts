import { expect, test } from '@playwright/test'
import { itemRows } from './support/pages'

test('a five-digit year or half-typed date in a due cell keeps the old date, saying so', async ({
  page,
}) => {
  await page.goto('/action-items')
  const row = itemRows(page).first()
  const due = row.getByLabel(/^Due date of/)
  const before = await due.inputValue()
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
