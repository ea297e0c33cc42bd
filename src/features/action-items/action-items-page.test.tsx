import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { chooseInRow } from '../../../tests/setup/choose-in-row'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

const backend = startTestBackend()

async function rows() {
  const table = await screen.findByRole('table', {}, { timeout: 5000 })
  return within(table).getAllByRole('row').slice(1)
}

describe('ActionItemsPage', () => {
  it('shows the 8 items of the meeting note, each proposed and overdue', async () => {
    renderRoute('/action-items')

    expect(await rows()).toHaveLength(8)
    const first = (await rows())[0] as HTMLElement
    expect(within(first).getByRole('combobox', { name: /^Status of/ })).toHaveDisplayValue(
      'Proposed',
    )
    expect(within(first).getByText('[?]')).toBeInTheDocument()
    expect(within(first).getByText('overdue')).toBeInTheDocument()
    expect(within(first).getByText(/Note, line \d+/)).toBeInTheDocument()
    expect(screen.getByText('8 matching', { exact: false })).toBeInTheDocument()
  })

  it('filters by owner and due bucket through the URL, with counts', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/action-items')
    await rows()

    await user.click(screen.getByRole('checkbox', { name: /Jordan Avery \(8 items\)/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?owner=jordan-avery'))
    expect(await rows()).toHaveLength(8)

    await user.click(screen.getByRole('checkbox', { name: /Today \(0 items\)/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?owner=jordan-avery&due=today'))
    expect(await screen.findByText(/No action items match these filters/)).toBeInTheDocument()

    await user.click(screen.getByRole('checkbox', { name: /Overdue \(8 items\)/ }))
    expect(await rows()).toHaveLength(8)

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement)
    await waitFor(() => expect(router.state.location.search).toBe(''))
  })

  it('reads the filters from a copied link', async () => {
    renderRoute('/action-items?owner=jordan-avery&priority=high')
    expect(await rows()).toHaveLength(3)
    expect(screen.getByRole('checkbox', { name: /^High \(/ })).toBeChecked()
  })

  it('ignores a bad URL value with a notice, and keeps the rest', async () => {
    const user = userEvent.setup()
    renderRoute('/action-items?owner=jordan-avery&due=someday&sort=sideways')

    expect(await rows()).toHaveLength(8)
    expect(screen.getByText(/Some filters in the address were ignored/)).toBeInTheDocument()
    expect(screen.getByText('due=someday')).toBeInTheDocument()
    expect(screen.getByText('sort=sideways')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText('Some filters in the address were ignored')).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: /Jordan Avery/ })).toBeChecked()
  })

  it('moves a page past the last one to the last page, with a notice', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/action-items?pageSize=3&page=50&sort=sideways')

    const pages = await screen.findByRole('navigation', { name: 'Pages' })
    await waitFor(() => expect(pages).toHaveTextContent('Page 3 of 3'))
    expect(pages).toHaveTextContent('7–8 of 8')
    // The list keeps the last answer (page 50's, empty) on screen until page 3's arrives.
    await waitFor(async () => expect(await rows()).toHaveLength(2))
    expect(router.state.location.search).toBe('?pageSize=3&page=3&sort=sideways')
    expect(screen.getByText('page=50').closest('li')).toHaveTextContent(
      'there are only 3 pages. Showing page 3 instead.',
    )
    expect(screen.getByText('sort=sideways')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText('Some filters in the address were ignored')).not.toBeInTheDocument()
    expect(pages).toHaveTextContent('Page 3 of 3')
  })

  it('rolls back a refused edit and keeps the user’s value in the alert', async () => {
    const user = userEvent.setup()
    backend.server.use(
      http.patch('*/api/action-items/:id', () =>
        HttpResponse.json(
          { error: { status: 500, message: 'The database is read-only.', issues: [] } },
          { status: 500 },
        ),
      ),
    )
    renderRoute('/action-items')
    const row = (await rows())[0] as HTMLElement
    const due = within(row).getByLabelText(/^Due date of/)

    await user.clear(due)
    await user.type(due, '2025-11-20')
    await user.tab()

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your change — due 2025-11-20 — ')
    expect(alert).toHaveTextContent('The database is read-only.')
    await waitFor(() => expect(due).toHaveValue('2025-11-08'))
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })

  it('words a change the server refuses for the field it names', async () => {
    const user = userEvent.setup()
    renderRoute('/action-items')
    const row = (await rows())[0] as HTMLElement
    // Morgan Blake leaves while the page is open: the server no longer knows the owner.
    backend.store.seed.people = backend.store.seed.people.filter((p) => p.id !== 'morgan-blake')

    await chooseInRow(
      user,
      within(row).getByRole('combobox', { name: /^Owner of/ }),
      'Morgan Blake',
    )

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The owner chosen is not someone the server knows.')
    expect(alert).not.toHaveTextContent('ownerId')
  })

  it('saves an edit and retries a failed one', async () => {
    const user = userEvent.setup()
    backend.server.use(
      http.patch(
        '*/api/action-items/:id',
        () =>
          HttpResponse.json(
            { error: { status: 503, message: 'Busy', issues: [] } },
            { status: 503 },
          ),
        { once: true },
      ),
    )
    renderRoute('/action-items?sort=priority')
    const row = (await rows())[0] as HTMLElement
    const priority = within(row).getByRole('combobox', { name: /^Priority of/ })

    await chooseInRow(user, priority, 'lowest')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('priority Lowest')

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    await waitFor(() =>
      expect(backend.store.actionItems.filter((i) => i.priority === 'lowest')).toHaveLength(1),
    )
  })

  it('shows the server’s message when the list cannot load', async () => {
    backend.server.use(
      http.get('*/api/action-items', () =>
        HttpResponse.json(
          { error: { status: 500, message: 'The store is unavailable.', issues: [] } },
          { status: 500 },
        ),
      ),
    )
    renderRoute('/action-items')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load action items')
    expect(alert).toHaveTextContent('The store is unavailable.')
  })
})
