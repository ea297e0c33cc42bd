import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

const backend = startTestBackend()

async function openXai() {
  const view = renderRoute('/accounts/xai')
  await screen.findByRole('heading', { level: 1, name: 'xAI' }, { timeout: 5000 })
  return view
}

describe('AccountPage', () => {
  it('shows the header, a table of contents and a link for each section', async () => {
    await openXai()

    const rank = screen.getByText(/third largest customer/i)
    expect(within(rank).getByText('Note, line 53')).toBeInTheDocument()
    expect(screen.getByText('Next handoff')).toBeInTheDocument()
    const toc = screen.getByRole('navigation', { name: 'On this page' })
    for (const name of ['Contacts', 'SLAs', 'Coverage', 'Open requests', 'Action items']) {
      expect(within(toc).getByRole('link', { name })).toHaveAttribute(
        'href',
        expect.stringMatching(/^#/),
      )
    }
    expect(screen.getByRole('link', { name: 'Link to Coverage' })).toHaveAttribute(
      'href',
      '#coverage',
    )
  })

  it('lists contacts with their role and local time', async () => {
    await openXai()

    const contacts = screen.getByRole('region', { name: /^Contacts/ })
    const riley = (await within(contacts).findByRole('heading', { name: 'Riley Hart' })).closest(
      'li',
    )
    expect(riley).toHaveTextContent(/Technical lead, Customer Success/)
    expect(riley).toHaveTextContent(/\d\d:\d\d local time in Los Angeles/)
    expect(within(riley!).getByText('Note, line 53')).toBeInTheDocument()
    // Customer-side contacts are the note's silence filled in: marked as assumed.
    const ravi = within(contacts).getByRole('heading', { name: 'Ravi Menon' }).closest('li')
    expect(within(ravi!).getByText('Assumed')).toBeInTheDocument()
    expect(within(ravi!).getByText('Unconfirmed')).toBeInTheDocument()
  })

  it('shows the Sev1 SLA as approximate and unconfirmed, with the remark as text', async () => {
    await openXai()

    const table = screen.getByRole('table', { name: /service levels/i })
    const sev1 = within(table)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes('Response'))
    expect(sev1).toBeDefined()
    const cells = within(sev1 as HTMLElement)
    expect(cells.getByRole('rowheader')).toHaveTextContent('Sev1')
    expect(cells.getByText('≈ 30 min')).toBeInTheDocument()
    expect(cells.getByText('Unconfirmed')).toBeInTheDocument()
    expect(cells.getByText(/to be confirmed with Morgan Blake/)).toBeVisible()
  })

  it('shows the week in three clocks, pages weeks and offers a table', async () => {
    const user = userEvent.setup()
    await openXai()

    const coverage = screen.getByRole('region', { name: /^Coverage/ })
    const shifts = await within(coverage).findAllByRole(
      'button',
      { name: /Onsite weekdays/ },
      { timeout: 5000 },
    )
    expect(shifts.length).toBeGreaterThan(0)
    await user.click(within(coverage).getAllByRole('button', { name: /APJ after-hours/ })[0]!)
    // The layer and its team share a name here; the shift's detail says it once.
    expect(within(coverage).getByText(/^· APJ after-hours$/)).toBeInTheDocument()
    expect(within(coverage).getByText(/^Customer · Chicago/)).toBeInTheDocument()
    expect(within(coverage).getByText(/^Team · /)).toBeInTheDocument()
    expect(
      within(coverage).getByText(/This week: \d+ gaps? and \d+ overlaps?\./),
    ).toBeInTheDocument()

    const thisWeek = within(coverage).getByRole('button', { name: 'This week' })
    expect(thisWeek).toBeDisabled()
    await user.click(within(coverage).getByRole('button', { name: /Next week/ }))
    expect(thisWeek).toBeEnabled()

    await user.click(within(coverage).getByRole('button', { name: 'Show as table' }))
    const table = await within(coverage).findByRole('table', { name: /^Shifts/ })
    expect(
      within(table).getByRole('columnheader', { name: 'Customer (Chicago)' }),
    ).toBeInTheDocument()
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(5)
  })

  it('switches the viewer zone to a team zone', async () => {
    const user = userEvent.setup()
    await openXai()

    await user.selectOptions(screen.getByLabelText('Show times in'), 'Asia/Singapore')
    expect(await screen.findByText(/Singapore time/)).toBeInTheDocument()
  })

  it('is honest about weekends being monitored only', async () => {
    await openXai()

    expect(screen.getByText(/Weekends are “lighter but monitored”/)).toBeInTheDocument()
    expect(screen.getAllByText('Monitored only').length).toBeGreaterThan(0)
  })

  it('shows the open request and its options', async () => {
    await openXai()

    const requests = screen.getByRole('region', { name: /^Open requests/ })
    expect(within(requests).getByText('Not possible today')).toBeInTheDocument()
    expect(within(requests).getByText('Site-to-site global namespace')).toBeInTheDocument()
  })

  it('says when there is no such account, with a way home', async () => {
    renderRoute('/accounts/nope')

    expect(
      await screen.findByRole('heading', { name: 'No account called “nope”' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the portfolio' })).toHaveAttribute('href', '/')
  })

  it('shows a server error with a retry that recovers', async () => {
    const user = userEvent.setup()
    backend.server.use(
      http.get(
        '*/api/accounts/:id',
        () =>
          HttpResponse.json(
            { error: { status: 500, message: 'boom', issues: [] } },
            { status: 500 },
          ),
        { once: true },
      ),
    )
    renderRoute('/accounts/xai')

    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 })
    expect(alert).toHaveTextContent('boom')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'xAI' })).toBeInTheDocument()
  })

  it('says clearly when the answer has the wrong shape', async () => {
    backend.server.use(
      http.get('*/api/accounts/:id', () => HttpResponse.json({ account: { id: 'xai' } })),
    )
    renderRoute('/accounts/xai')

    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent(
      /did not have the expected shape/,
    )
  })
})
