import { expect, test, type Page } from '@playwright/test'
import { useTheme, waitForContent } from './support/pages'

// Roughly the printable width of an A4 or Letter page at 96 dpi.
test.use({ viewport: { width: 720, height: 1000 } })

/** Elements in the page that hide or scroll part of their content sideways. */
function clippedElements(page: Page) {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const style = getComputedStyle(el)
        if (style.display === 'none' || el.closest('.sr-only')) return false
        if (style.textOverflow === 'ellipsis') return false
        return el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible'
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  )
}

for (const theme of ['light', 'dark'] as const) {
  test(`the account page prints its sections without controls (${theme} theme)`, async ({
    page,
  }) => {
    await useTheme(page, theme)
    await page.goto('/accounts/coreweave')
    await waitForContent(page)
    await page.emulateMedia({ media: 'print' })

    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Show as table' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Previous week' })).toBeHidden()
    await expect(page.getByRole('link', { name: /^Link to / })).toHaveCount(0)
    await expect(page.getByRole('region', { name: /^Export coverage/ })).toBeHidden()

    for (const name of ['Contacts', 'SLAs', 'Coverage', 'Channels', 'Environment']) {
      await expect(page.getByRole('region', { name: new RegExp(`^${name}`) })).toBeVisible()
    }
    await expect(page.getByRole('region', { name: /^Open requests/ })).toBeVisible()
    await expect(page.getByRole('region', { name: /^Action items/ })).toBeVisible()
    expect(await clippedElements(page)).toEqual([])
    // Nothing may run past the paper's edge: Chromium would shrink the whole page to fit it.
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(pageWidth).toBeLessThanOrEqual(720)

    // Paper is white: dark-theme text would vanish, so print always uses the light palette.
    const heading = page.getByRole('heading', { level: 1 })
    expect(await heading.evaluate((el) => getComputedStyle(el).color)).not.toMatch(
      /^(rgb\(2[0-9]{2}|oklch\(0\.9)/,
    )
  })
}

test('the SLA table fits the printed page, without the hint to scroll it', async ({ page }) => {
  await page.goto('/accounts/xai')
  await waitForContent(page)
  const hint = page.getByText('Scroll the table sideways for penalties and sources →')
  await expect(hint).toBeVisible()

  await page.emulateMedia({ media: 'print' })

  await expect(hint).toBeHidden()
  const box = page.getByRole('region', { name: /^Service levels/ })
  const table = box.getByRole('table')
  const tableWidth = await table.evaluate((el) => (el as HTMLTableElement).offsetWidth)
  expect(tableWidth).toBeLessThanOrEqual(await box.evaluate((el) => el.clientWidth))
})
