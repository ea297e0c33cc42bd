import { expect, test } from '@playwright/test'
import { chooseInRow, waitForContent } from './support/pages'

const banner = /You are offline/

test('offline: the app says so, keeps an edit and sends it on reconnect', async ({
  page,
  context,
}) => {
  await page.goto('/action-items')
  await waitForContent(page)
  const priority = page.getByRole('combobox', { name: /^Priority of / }).first()
  const name = await priority.getAttribute('aria-label')
  const before = await priority.inputValue()
  const next = before === 'lowest' ? 'highest' : 'lowest'

  await context.setOffline(true)
  await expect(page.getByRole('status').filter({ hasText: banner })).toBeVisible()

  await chooseInRow(priority, next)
  await expect(page.getByRole('status').filter({ hasText: '1 change waiting' })).toBeVisible()
  await expect(priority).toHaveValue(next)
  await expect(page.getByRole('alert')).toHaveCount(0)

  await context.setOffline(false)
  await expect(page.getByRole('status').filter({ hasText: banner })).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(0)

  // Saved by the backend, not only shown: a fresh load reads it back.
  await page.reload()
  await expect(page.getByRole('combobox', { name: name ?? '' })).toHaveValue(next)
})

test('offline: a new item waits and is created on reconnect', async ({ page, context }) => {
  await page.goto('/action-items')
  await waitForContent(page)
  await context.setOffline(true)

  await page.getByRole('button', { name: 'New action item' }).click()
  const dialog = page.getByRole('dialog', { name: 'New action item' })
  await dialog.getByLabel(/Title/).fill('Written on the train')
  await dialog.getByRole('button', { name: 'Create item' }).click()
  await expect(dialog.getByRole('status')).toContainText('created when you reconnect')

  await context.setOffline(false)
  await expect(
    page.getByRole('status').filter({ hasText: 'Created “Written on the train”' }),
  ).toBeVisible()
})

test('offline, a loading section says it waits for the connection', async ({ page, context }) => {
  await page.goto('/accounts/xai')
  await waitForContent(page)
  await context.setOffline(true)
  await page.getByRole('link', { name: 'CoreWeave' }).click()

  await expect(page.getByRole('status').filter({ hasText: banner })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: 'Waiting for the connection' }),
  ).toBeVisible()

  await context.setOffline(false)
  await expect(page.getByRole('heading', { level: 1, name: 'CoreWeave' })).toBeVisible()
})

test('a page not yet downloaded says so offline and opens on reconnect', async ({
  page,
  context,
}) => {
  await page.goto('/action-items')
  await waitForContent(page)
  await context.setOffline(true)
  await page.getByRole('link', { name: 'Coverage' }).click()

  const alert = page.getByRole('alert').filter({ hasText: 'could not be downloaded' })
  await expect(alert).toContainText('You are offline')
  // The error takes the page's place, not the app's: the navigation stays and still works.
  await page.getByRole('link', { name: 'Action items' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible()
  await page.getByRole('link', { name: 'Coverage' }).click()
  await expect(alert).toBeVisible()

  await context.setOffline(false)
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible()
})

test('an edit waiting offline is sent when a page not yet downloaded opens on reconnect', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await waitForContent(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Action items' })
    .click()
  await waitForContent(page)
  const status = page.getByRole('combobox', { name: /^Status of / }).first()
  const name = await status.getAttribute('aria-label')
  await expect(status).not.toHaveValue('done')

  await context.setOffline(true)
  await chooseInRow(status, 'done')
  await expect(page.getByRole('status').filter({ hasText: '1 change waiting' })).toBeVisible()
  await page.getByRole('link', { name: 'Coverage' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'could not be downloaded' })
  await expect(alert).toContainText('You are offline')

  await context.setOffline(false)
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: banner })).toHaveCount(0)

  // Saved by the backend, not only kept on the page: a fresh load reads it back.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Action items' })
    .click()
  await expect(page.getByRole('combobox', { name: name ?? '' })).toHaveValue('done')
  await page.reload()
  await expect(page.getByRole('combobox', { name: name ?? '' })).toHaveValue('done')
})
