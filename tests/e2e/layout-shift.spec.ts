import { expect, test } from '@playwright/test'
import { waitForContent } from './support/pages'

const PAGES = [
  { path: '/', data: '#account-coreweave' },
  { path: '/accounts/xai', data: 'table' },
  { path: '/action-items', data: 'table' },
]

for (const { path, data } of PAGES) {
  test(`${path} loads without moving what is already on screen`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = []
      Object.assign(window, { layoutShifts: shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) {
          shifts.push(entry.value)
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })

    await page.goto(path)
    await waitForContent(page)
    await expect(page.locator(data).first()).toBeVisible()
    // Charts load after the data, in a box already as tall as they will be.
    await page.waitForTimeout(1_000)

    const shifts = await page.evaluate(
      () => (window as unknown as { layoutShifts: number[] }).layoutShifts,
    )
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01)
  })
}
