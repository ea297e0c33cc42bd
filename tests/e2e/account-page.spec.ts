import { expect, test } from '@playwright/test'

test('the xAI page shows its contacts, its SLA and its rota', async ({ page }) => {
  await page.goto('/accounts/xai')

  await expect(page.getByRole('heading', { level: 1, name: 'xAI' })).toBeVisible()

  const contacts = page.getByRole('region', { name: /Contacts/ })
  await expect(contacts.getByText('Riley Hart').first()).toBeVisible()
  await expect(contacts.getByText(/Technical lead, Customer Success/).first()).toBeVisible()

  const slas = page.getByRole('region', { name: /SLA/ })
  const sev1 = slas.getByRole('row', { name: /Sev1.*response/i })
  await expect(sev1).toContainText('30 min')
  await expect(sev1).toContainText('Unconfirmed')
  await expect(slas).toContainText('Morgan Blake')

  const coverage = page.getByRole('region', { name: /Coverage/ }).first()
  await expect(coverage.getByText('APJ after-hours', { exact: true }).first()).toBeVisible()
  await expect(coverage.getByText('Onsite weekdays', { exact: true }).first()).toBeVisible()

  await coverage.getByRole('button', { name: 'Show as table' }).click()
  const shifts = coverage.getByRole('table')
  await expect(
    shifts.getByRole('row', { name: /Wei Lim|Priya Raman|Kenji Sato/ }).first(),
  ).toBeVisible()
  await expect(shifts.getByRole('row', { name: /Casey Nguyen|Drew Patel/ }).first()).toBeVisible()
})

test('each section of the account page has its own link', async ({ page }) => {
  await page.goto('/accounts/xai#slas')

  await expect(page.getByRole('heading', { level: 1, name: 'xAI' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Link to SLAs/ })).toHaveAttribute('href', '#slas')
})

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page')

  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the portfolio' }).click()
  await expect(page.getByRole('link', { name: /CoreWeave/ }).first()).toBeVisible()
})

test('the week shown stays through a reload, and Back returns to this week', async ({ page }) => {
  await page.goto('/accounts/xai')

  const coverage = page.getByRole('region', { name: /Coverage/ }).first()
  const weekLabel = coverage.getByText(/^(Mon|Sun) \d+ \w+ – \w+ \d+ \w+ \d{4}/)
  const thisWeek = coverage.getByRole('button', { name: 'This week' })
  await expect(thisWeek).toBeDisabled()
  const currentWeek = (await weekLabel.textContent()) ?? ''

  await coverage.getByRole('button', { name: 'Next week' }).click()
  await expect(page).toHaveURL(/\/accounts\/xai\?week=\d{4}-\d{2}-\d{2}$/)
  await expect(weekLabel).not.toHaveText(currentWeek)
  const nextWeek = (await weekLabel.textContent()) ?? ''

  await page.reload()
  await expect(weekLabel).toHaveText(nextWeek)
  await expect(thisWeek).toBeEnabled()

  await page.goBack()
  await expect(page).toHaveURL(/\/accounts\/xai$/)
  await expect(weekLabel).toHaveText(currentWeek)
  await expect(thisWeek).toBeDisabled()
})
