import { expect, test } from '@playwright/test'

const task = 'Réunion with Ravi on the 5 € budget'
// Node's `latin1` writes U+20AC as 0xAC; Windows-1252 has the euro sign at 0x80.
const latin = Buffer.from(`# Café note\n- [ ] ${task.replace('€', '\x80')} @Riley`, 'latin1')
const noise = Buffer.from(Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256))

test('a Latin-1 note is read with its accents and a warning; a binary file is skipped', async ({
  page,
}) => {
  await page.goto('/import')
  await page.getByLabel('Choose .md files').setInputFiles([
    { name: 'cafe.md', mimeType: 'text/markdown', buffer: latin },
    { name: 'noise.md', mimeType: 'text/markdown', buffer: noise },
  ])

  await expect(
    page.getByText('noise.md was skipped: it is not a text file, so no tasks were read.'),
  ).toBeVisible()
  await expect(page.getByRole('list', { name: 'Chosen files' })).toHaveText(/^cafe\.md/)
  await page.getByRole('button', { name: 'Preview' }).click()

  const notes = page.getByRole('list', { name: 'Notes read' })
  await expect(notes.getByRole('heading', { name: 'Café note' })).toBeVisible()
  await expect(
    notes.getByText('not UTF-8; read as Windows-1252 (Latin-1) — check accented letters'),
  ).toBeVisible()
  await expect(page.getByRole('rowheader', { name: task })).toBeVisible()

  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Imported 1 note' })).toBeVisible()
})
