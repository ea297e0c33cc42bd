import { expect, type Locator, type Page } from '@playwright/test'

export type Theme = 'light' | 'dark'

/** The app reads this key before first paint, so the page never flashes the other theme. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('opmodel:theme', value), theme)
}

/** Waits until the page has a heading and no section still says it is loading. */
export async function waitForContent(page: Page): Promise<void> {
  const loading = page.getByRole('status').filter({ hasText: /^Loading/ })
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  await expect(loading).toHaveCount(0)
  // A section below the fold (the portfolio's chart) loads as the reader nears it: go there.
  const waiting = page.getByText('loads as you scroll to it')
  if ((await waiting.count()) > 0) {
    await waiting.first().scrollIntoViewIfNeeded()
    await expect(waiting).toHaveCount(0)
    await expect(loading).toHaveCount(0)
    await page.evaluate(() => window.scrollTo(0, 0))
  }
}

export const sampleNote = [
  '# Weekly sync',
  '',
  '- [ ] Confirm the Sev1 paging path for CoreWeave @Myself ⏫ 📅 2026-04-01 #task',
  '- [ ] Send xAI the hardware return steps @Myself 📅 2026-04-03 #task',
  '',
].join('\n')

/** Pastes a note on the import page and waits for its preview. */
export async function previewNote(page: Page, text: string, name = 'sample.md'): Promise<void> {
  await page.getByLabel('Note text').fill(text)
  await page.getByLabel('File name').fill(name)
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByRole('heading', { name: 'Preview', exact: true })).toBeVisible()
}

/** Collects every Content-Security-Policy violation the page reports, across navigations. */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void })
        .reportCspViolation
      report(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  return violations
}

/** The body rows of the page's table: the rows with cells, not the header. */
export function itemRows(page: Page): Locator {
  return page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
}

/**
 * Chooses in a row's select as a user does: the field takes focus first (a click or Tab),
 * which is when a row's select puts its options in the page (see row-select.tsx).
 */
export async function chooseInRow(
  select: Locator,
  option: string | { label: string },
): Promise<void> {
  await select.focus()
  await select.selectOption(option)
}
