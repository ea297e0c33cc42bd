import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
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
