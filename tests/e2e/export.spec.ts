import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import ICAL from 'ical.js'
import { rotaSchema } from '@/contract'
import { expandRota } from '@/domain/rota'

const rota = rotaSchema.parse(
  JSON.parse(readFileSync('mocks/data/rotas/coreweave.json', 'utf8')) as unknown,
)

function readEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      summary: event.summary,
    }
  })
}

test('export one week of CoreWeave coverage as a calendar that parses', async ({ page }) => {
  await page.goto('/accounts/coreweave')
  const panel = page.getByRole('region', { name: /Export/ })
  await panel.getByLabel('From').fill('2026-03-23')
  await panel.getByLabel('Until').fill('2026-03-30')

  const downloading = page.waitForEvent('download')
  await panel.getByRole('button', { name: 'Calendar (.ics)' }).click()
  const download = await downloading
  const path = await download.path()
  const ics = readFileSync(path, 'utf8')

  // The browser runs in Europe/London: the week is 23 March 00:00 GMT to 30 March 00:00 BST.
  const expected = expandRota(rota, {
    from: '2026-03-23T00:00:00.000Z',
    to: '2026-03-29T23:00:00.000Z',
  })
  const events = readEvents(ics)

  expect(download.suggestedFilename()).toMatch(/^opmodel-coverage-coreweave-.*\.ics$/)
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(events.length).toBe(expected.length)
  expect(events.map((e) => [e.uid, e.start, e.end])).toEqual(
    expected.map((s) => [s.uid, new Date(s.start).toISOString(), new Date(s.end).toISOString()]),
  )
  expect(events.some((e) => /Onsite/.test(e.summary))).toBe(true)
})

function runCli(args: string[]): string {
  return execFileSync('npx', ['tsx', 'scripts/export.ts', ...args], { encoding: 'utf8' })
}

async function downloadFrom(page: Page, button: string, from: string, until: string) {
  await page.goto('/accounts/coreweave')
  const panel = page.getByRole('region', { name: /Export/ })
  await panel.getByLabel('From').fill(from)
  await panel.getByLabel('Until').fill(until)
  const downloading = page.waitForEvent('download')
  await panel.getByRole('button', { name: button }).click()
  return readFileSync(await (await downloading).path(), 'utf8')
}

test('the command line writes the same calendar as the UI, cancelled shifts included', async ({
  page,
}) => {
  const ics = await downloadFrom(page, 'Calendar (.ics)', '2026-12-21', '2026-12-28')
  const stamp = /DTSTAMP:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(ics)
  const now = stamp ? `${stamp.slice(1, 4).join('-')}T${stamp.slice(4, 7).join(':')}Z` : ''
  const cli = runCli(
    ['--account', 'coreweave', '--from', '2026-12-21', '--to', '2026-12-28'].concat([
      '--format',
      'ics',
      '--tz',
      'Europe/London',
      '--now',
      now,
    ]),
  )

  expect(ics).toContain('STATUS:CANCELLED')
  expect(cli).toBe(ics)
})

test('the command line writes the same CSV as the UI', async ({ page }) => {
  const csv = await downloadFrom(page, 'Shifts (.csv)', '2026-03-23', '2026-03-30')
  const cli = runCli(
    ['--account', 'coreweave', '--from', '2026-03-23', '--to', '2026-03-30'].concat([
      '--format',
      'csv',
      '--tz',
      'Europe/London',
    ]),
  )

  expect(csv.startsWith('\uFEFFaccount,layer,role,assignee')).toBe(true)
  expect(cli).toBe(csv)
})
