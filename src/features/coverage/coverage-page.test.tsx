import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

const backend = startTestBackend()

// jsdom has no ResizeObserver, which Recharts' ResponsiveContainer needs.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', NoopResizeObserver)
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

afterEach(() => {
  vi.unstubAllGlobals()
})

const objectUrls = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }

afterEach(() => {
  URL.createObjectURL = objectUrls.create
  URL.revokeObjectURL = objectUrls.revoke
})

/** jsdom cannot make object URLs nor follow a download link: both are recorded instead. */
function stubDownloads() {
  const blobs: Blob[] = []
  const names: string[] = []
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob)
    return 'blob:opmodel-test'
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download)
  })
  return { blobs, names }
}

async function openExport() {
  renderRoute('/coverage')
  const region = await screen.findByRole('region', { name: /^Export coverage/ }, { timeout: 5000 })
  await within(region).findByText(/\d+ shifts, 2 accounts/, undefined, { timeout: 5000 })
  return region
}

describe('CoveragePage', () => {
  it('shows the next gap of each account and the team-hours chart with a table', async () => {
    const user = userEvent.setup()
    renderRoute('/coverage')

    const gaps = await screen.findByRole('region', { name: /^Next gaps/ }, { timeout: 5000 })
    expect(await within(gaps).findByRole('link', { name: 'CoreWeave' })).toHaveAttribute(
      'href',
      '/accounts/coreweave#coverage',
    )
    expect(within(gaps).getByRole('link', { name: 'xAI' })).toBeInTheDocument()

    const chart = screen.getByRole('region', { name: /^Coverage hours by team per week/ })
    const table = await within(chart).findByRole('table', {
      name: 'Coverage hours by team per week',
    })
    expect(within(table).getAllByRole('row')).toHaveLength(9)
    expect(within(table).getByRole('columnheader', { name: 'APJ after-hours' })).toBeInTheDocument()
    await user.click(within(chart).getByRole('button', { name: 'Show data table' }))
    expect(within(chart).getByRole('button', { name: 'Hide data table' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  })

  it('downloads the calendar for the chosen account and range', async () => {
    const user = userEvent.setup()
    const { blobs, names } = stubDownloads()
    const region = await openExport()

    await user.click(within(region).getByRole('checkbox', { name: 'xAI' }))
    expect(await within(region).findByText(/\d+ shifts, 1 account$/)).toBeInTheDocument()
    await user.click(within(region).getByRole('button', { name: 'Calendar (.ics)' }))

    expect(await within(region).findByText(/^Downloaded /)).toBeInTheDocument()
    expect(names[0]).toMatch(/^opmodel-coverage-coreweave-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.ics$/)
    const text = await (blobs[0] as Blob).text()
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(text).toContain('METHOD:PUBLISH')
    expect(text).not.toContain('xai.')
  })

  it('offers the zones of the people on call for the local-time columns', async () => {
    const region = await openExport()
    const select = within(region).getByRole('combobox', {
      name: 'Time zone for dates and local times',
    })

    // Casey Nguyen and Drew Patel, on xAI's rota, work from Los Angeles.
    await vi.waitFor(() =>
      expect(within(select).getByRole('option', { name: /Los_Angeles/ })).toBeInTheDocument(),
    )
  })

  it('downloads both CSV files', async () => {
    const user = userEvent.setup()
    const { blobs, names } = stubDownloads()
    const region = await openExport()

    await user.click(within(region).getByRole('button', { name: 'Shifts (.csv)' }))
    await within(region).findByText(/^Downloaded opmodel-shifts-/)
    await user.click(within(region).getByRole('button', { name: 'Hours per person (.csv)' }))
    await within(region).findByText(/^Downloaded opmodel-hours-/)

    expect(names).toHaveLength(2)
    expect(names[0]).toMatch(/^opmodel-shifts-coreweave-xai-.*\.csv$/)
    const shiftsCsv = new Uint8Array(await (blobs[0] as Blob).arrayBuffer())
    expect([...shiftsCsv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('explains an invalid date range and blocks the downloads', async () => {
    const user = userEvent.setup()
    const region = await openExport()

    const [from, until] = [
      within(region).getByLabelText('From'),
      within(region).getByLabelText('Until'),
    ]
    await user.clear(until)
    await user.type(until, '2020-01-01')
    expect(
      within(region).getByText('The end date must be after the start date.'),
    ).toBeInTheDocument()
    expect(until).toHaveAttribute('aria-invalid', 'true')
    expect(within(region).getByRole('button', { name: 'Calendar (.ics)' })).toBeDisabled()

    await user.clear(from)
    await user.type(from, '2018-01-01')
    expect(within(region).getByText(/can be at most one year/)).toBeInTheDocument()

    await user.click(within(region).getByRole('button', { name: 'Next 4 weeks' }))
    expect(within(region).queryByText(/at most one year/)).not.toBeInTheDocument()
  })

  it('shows a failed shift request with a retry', async () => {
    const user = userEvent.setup()
    backend.server.use(
      http.get('*/api/accounts/:id/shifts', () =>
        HttpResponse.json({ error: { status: 500, message: 'boom', issues: [] } }, { status: 500 }),
      ),
    )
    renderRoute('/coverage')

    const region = await screen.findByRole(
      'region',
      { name: /^Export coverage/ },
      { timeout: 5000 },
    )
    const alert = await within(region).findByRole('alert', undefined, { timeout: 5000 })
    expect(alert).toHaveTextContent('boom')
    backend.server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await within(region).findByText(/\d+ shifts, 2 accounts/)).toBeInTheDocument()
  })

  it('says clearly when the accounts answer has the wrong shape', async () => {
    backend.server.use(
      http.get('*/api/accounts', () => HttpResponse.json({ accounts: [{ id: 1 }] })),
    )
    renderRoute('/coverage')

    const alerts = await screen.findAllByRole('alert', undefined, { timeout: 5000 })
    expect(alerts[0]).toHaveTextContent(/did not have the expected shape/)
  })
})
