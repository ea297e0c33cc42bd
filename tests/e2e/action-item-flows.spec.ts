import { expect, test, type Page } from '@playwright/test'
import { serveApiFromNode } from './support/api-backend'
import { breakApi } from './support/faults'
import { chooseInRow } from './support/pages'

const draftTitle = /^Draft an initial operating model/
const reviewTitle = /^Review Slack alarm channel/

function itemRow(page: Page, title: RegExp) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) })
}

/** Scrolls the action-item table to its last row with the mouse wheel, as a user would. */
async function scrollTableToEnd(page: Page) {
  await page.getByRole('region', { name: /^Action items table/ }).hover()
  await page.mouse.wheel(0, 5000)
}

/** The banner that appears once a change is saved by the backend. */
function savedBanner(page: Page) {
  return page.getByRole('status').filter({ hasText: 'Showing your saved changes' })
}

function field(page: Page, what: 'Status' | 'Priority' | 'Owner', title: RegExp) {
  const name = new RegExp(`^${what} of “${title.source.slice(1)}`)
  return itemRow(page, title).getByRole('combobox', { name })
}

test.describe('with the API served from Node', () => {
  test('a failed edit rolls back, keeps the chosen value, and saves on Retry', async ({ page }) => {
    await serveApiFromNode(page)
    const itemPatch = (url: URL) => /^\/api\/action-items\/[^/]+$/.test(url.pathname)
    const outage = await breakApi(page, itemPatch, '500')
    await page.goto('/action-items')
    const priority = field(page, 'Priority', draftTitle)
    await expect(priority).toHaveValue('none')

    await chooseInRow(priority, { label: 'Lowest' })

    const alert = page.getByRole('alert').filter({ hasText: 'was not saved' })
    await expect(alert).toContainText('priority Lowest')
    await expect(alert).toContainText('The database is unavailable.')
    await expect(priority).toHaveValue('none')

    outage.restore()
    await alert.getByRole('button', { name: 'Retry' }).click()

    await expect(alert).toHaveCount(0)
    await expect(priority).toHaveValue('lowest')
    await page.reload()
    await expect(field(page, 'Priority', draftTitle)).toHaveValue('lowest')
  })
})

test('import with a preview: warnings, an owner mapped, the items kept after a reload', async ({
  page,
}) => {
  const note = [
    '---',
    'title: "Vendor sync"',
    'date: "2025-11-12"',
    'participants: ["Morgan Blake"]',
    '---',
    '- [ ] Chase the vendor on RMA status @OwnerX 📅 2025-11-18 #rma',
    '- [ ] Renew the support contract @Myself 📅 2025-02-30',
  ].join('\n')
  await page.goto('/import')
  await page.getByLabel('Note text').fill(note)
  await page.getByLabel('File name').fill('vendor-sync.md')
  await page.getByRole('button', { name: 'Preview' }).click()

  const notes = page.getByRole('list', { name: 'Notes read' })
  await expect(notes.getByText('Unknown owner')).toBeVisible()
  await expect(notes.getByText('Invalid date')).toBeVisible()
  const created = page.getByRole('region', { name: /^Create changes/ })
  await expect(created.getByRole('row')).toHaveCount(3)
  const chase = created.getByRole('row', { name: /Chase the vendor/ })
  await expect(chase).toContainText('unknown owner')

  await page.getByRole('combobox', { name: 'Map @OwnerX to…' }).selectOption('Riley Hart')
  await expect(chase).toContainText('Riley Hart')
  await expect(chase).not.toContainText('unknown owner')
  await page.getByRole('button', { name: 'Import' }).click()

  await expect(page.getByRole('heading', { name: 'Imported 1 note' })).toBeVisible()
  await page.getByRole('link', { name: 'Open the action items' }).click()
  const chaseTitle = /^Chase the vendor on RMA status/
  await expect(field(page, 'Owner', chaseTitle)).toHaveValue('riley-hart')
  // An invalid date sorts last: the row is drawn once the table is scrolled to it.
  await scrollTableToEnd(page)
  await expect(itemRow(page, /^Renew the support contract/)).toContainText('2025-02-30')

  await page.reload()
  await expect(field(page, 'Owner', chaseTitle)).toHaveValue('riley-hart')
  await scrollTableToEnd(page)
  await expect(itemRow(page, /^Renew the support contract/)).toBeVisible()
})

test('import again after editing in the app: the note’s changes merge, field by field', async ({
  page,
}) => {
  const noteSaying = (task: string) =>
    ['---', 'title: "RMA sync"', 'participants: ["Morgan Blake"]', '---', task].join('\n')
  const importNote = async (text: string, confirm: (page: Page) => Promise<void>) => {
    await page.goto('/import')
    await page.getByLabel('Note text').fill(text)
    await page.getByLabel('File name').fill('rma-sync.md')
    await page.getByRole('button', { name: 'Preview' }).click()
    await confirm(page)
    await page.getByRole('button', { name: 'Import' }).click()
    await expect(page.getByRole('heading', { name: 'Imported 1 note' })).toBeVisible()
  }
  const chase = /^Chase the vendor on RMA status/
  await importNote(noteSaying('- [ ] Chase the vendor on RMA status @Riley 📅 2025-11-18'), () =>
    Promise.resolve(),
  )

  await page.goto('/action-items')
  await chooseInRow(field(page, 'Status', chase), { label: 'Done' })
  await expect(field(page, 'Status', chase)).toHaveValue('done')
  await chooseInRow(field(page, 'Priority', chase), { label: 'Lowest' })
  // The banner shows since the first edit; wait for this one to be stored before leaving.
  await page.waitForFunction(() =>
    (localStorage.getItem('opmodel:backend') ?? '').includes('"priority":"lowest"'),
  )

  const changed = '- [/] Chase the vendor on RMA status @Riley ⏫ 📅 2025-11-25'
  await importNote(noteSaying(changed), async () => {
    const conflicts = page.getByRole('region', { name: /^Conflict changes/ })
    const row = conflicts.getByRole('row', { name: chase })
    await expect(row).toContainText('Due: 2025-11-18 → becomes 2025-11-25')
    const status = row.getByRole('group', {
      name: 'Status: app says Done, note now says In progress',
    })
    const priority = row.getByRole('group', {
      name: 'Priority: app says Lowest, note now says High',
    })
    await expect(status.getByRole('radio', { name: 'Keep the app’s' })).toBeChecked()
    await priority.getByRole('radio', { name: 'Take the note’s' }).check()
  })

  await page.getByRole('link', { name: 'Open the action items' }).click()
  await expect(field(page, 'Status', chase)).toHaveValue('done')
  await expect(field(page, 'Priority', chase)).toHaveValue('high')
  await expect(itemRow(page, chase).getByLabel(/^Due date of/)).toHaveValue('2025-11-25')
})

test('an edit survives a reload', async ({ page }) => {
  await page.goto('/action-items')
  const status = field(page, 'Status', reviewTitle)
  await expect(status).toHaveValue('proposed')

  await chooseInRow(status, { label: 'Done' })
  await expect(savedBanner(page)).toBeVisible()
  await page.reload()

  await expect(field(page, 'Status', reviewTitle)).toHaveValue('done')
})

test('Reset to the note’s data drops saved changes, after asking', async ({ page }) => {
  await page.goto('/action-items')
  await chooseInRow(field(page, 'Status', reviewTitle), { label: 'Done' })
  const banner = savedBanner(page)
  await expect(banner).toBeVisible()
  await page.reload()
  const reset = banner.getByRole('button', { name: 'Reset to the note’s data' })

  page.once('dialog', (dialog) => void dialog.dismiss())
  await reset.click()
  await expect(field(page, 'Status', reviewTitle)).toHaveValue('done')

  page.once('dialog', (dialog) => void dialog.accept())
  await reset.click()
  await expect(field(page, 'Status', reviewTitle)).toHaveValue('proposed')
  await expect(banner).toHaveCount(0)
  await page.reload()
  await expect(field(page, 'Status', reviewTitle)).toHaveValue('proposed')
})

test('another open tab shows an edit without a reload', async ({ context }) => {
  const first = await context.newPage()
  const second = await context.newPage()
  await first.goto('/action-items')
  await second.goto('/action-items')
  await expect(field(second, 'Priority', reviewTitle)).toHaveValue('low')

  await chooseInRow(field(first, 'Priority', reviewTitle), { label: 'Highest' })

  await expect(field(second, 'Priority', reviewTitle)).toHaveValue('highest')
})

test('two tabs changing two items at the same moment both keep their change', async ({
  context,
}) => {
  const first = await context.newPage()
  const second = await context.newPage()
  await first.goto('/action-items')
  await second.goto('/action-items')
  await expect(field(first, 'Priority', reviewTitle)).toHaveValue('low')
  await expect(field(second, 'Priority', draftTitle)).not.toHaveValue('lowest')
  await field(first, 'Priority', reviewTitle).focus()
  await field(second, 'Priority', draftTitle).focus()

  // Both selects change before either tab hears of the other's save.
  await Promise.all([
    field(first, 'Priority', reviewTitle).selectOption({ label: 'Highest' }),
    field(second, 'Priority', draftTitle).selectOption({ label: 'Lowest' }),
  ])
  await expect(field(first, 'Priority', reviewTitle)).toHaveValue('highest')
  await expect(field(second, 'Priority', draftTitle)).toHaveValue('lowest')

  const third = await context.newPage()
  await third.goto('/action-items')
  await expect(field(third, 'Priority', reviewTitle)).toHaveValue('highest')
  await expect(field(third, 'Priority', draftTitle)).toHaveValue('lowest')
})
