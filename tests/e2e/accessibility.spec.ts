import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { previewNote, sampleNote, useTheme, waitForContent, type Theme } from './support/pages'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

interface Scenario {
  name: string
  path: string
  /** Brings the page into the state to check once it has loaded. */
  prepare?(page: Page): Promise<void>
}

const scenarios: Scenario[] = [
  { name: 'portfolio', path: '/' },
  { name: 'CoreWeave account', path: '/accounts/coreweave' },
  { name: 'xAI account', path: '/accounts/xai' },
  { name: 'action items', path: '/action-items' },
  {
    name: 'action items, editing a title',
    path: '/action-items',
    prepare: async (page) => {
      await page
        .getByRole('button', { name: /^Edit title of/ })
        .first()
        .click()
      await expect(page.getByRole('textbox', { name: /^Title of/ })).toBeFocused()
    },
  },
  { name: 'coverage', path: '/coverage' },
  { name: 'import with a preview', path: '/import', prepare: (p) => previewNote(p, sampleNote) },
  {
    name: 'import with an owner to map',
    path: '/import',
    prepare: (p) => previewNote(p, `${sampleNote}- [ ] Chase the RMA @OwnerX 📅 2026-04-02\n`),
  },
  { name: 'not-found page', path: '/no/such/page' },
  {
    name: 'new-item dialog',
    path: '/action-items',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'New action item' }).click()
      await expect(page.getByRole('dialog', { name: 'New action item' })).toBeVisible()
    },
  },
]

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }))
}

for (const theme of ['light', 'dark'] as Theme[]) {
  for (const width of [375, 768, 1440]) {
    test.describe(`axe, ${theme} theme, ${width} px`, () => {
      test.use({ viewport: { width, height: 900 } })

      for (const scenario of scenarios) {
        test(scenario.name, async ({ page }) => {
          await useTheme(page, theme)
          await page.goto(scenario.path)
          await waitForContent(page)
          await scenario.prepare?.(page)
          await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/)

          expect(await seriousViolations(page)).toEqual([])
          // Nothing wider than the window: the page never scrolls sideways.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(overflow).toBeLessThanOrEqual(0)
        })
      }
    })
  }
}
