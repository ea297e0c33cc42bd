import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'
import { SAVED_VIEWS_KEY } from './saved-views'

const backend = startTestBackend()

async function rows() {
  const table = await screen.findByRole('table', {}, { timeout: 5000 })
  return within(table).getAllByRole('row').slice(1)
}

function ignoredNotice() {
  return screen.queryByText('Some filters in the address were ignored')
}

function notedLine(param: string) {
  return screen.getByText(param).closest('li')
}

describe('a link naming an owner or account that does not exist', () => {
  it('shows every item, and a notice naming the owner and why', async () => {
    const { router } = renderRoute('/action-items?owner=nobody-known')

    expect(await rows()).toHaveLength(8)
    expect(screen.getByText('Some filters in the address were ignored')).toBeInTheDocument()
    expect(notedLine('owner=nobody-known')).toHaveTextContent(
      'owner=nobody-known — no one has that id. Showing all owners instead.',
    )
    expect(screen.getByRole('checkbox', { name: /Jordan Avery/ })).not.toBeChecked()
    expect(screen.getByText('8 matching', { exact: false })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?owner=nobody-known')
  })

  it('leaves out an unknown account and keeps the known owner beside it', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/action-items?account=acme&owner=jordan-avery')

    expect(await rows()).toHaveLength(8)
    expect(notedLine('account=acme')).toHaveTextContent(
      'there is no account with that id. Showing all accounts instead.',
    )
    expect(screen.getByRole('checkbox', { name: /Jordan Avery/ })).toBeChecked()

    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(router.state.location.search).toBe('?owner=jordan-avery'))
    expect(ignoredNotice()).not.toBeInTheDocument()
  })

  it('says nothing while the people load, and waits for them before listing', async () => {
    let release = () => {}
    const loaded = new Promise<void>((resolve) => (release = resolve))
    backend.server.use(
      http.get('*/api/people', async () => {
        await loaded
        return HttpResponse.json({ people: backend.store.seed.people, teams: [] })
      }),
    )
    renderRoute('/action-items?owner=nobody-known')

    expect(await screen.findByText('Loading action items…')).toBeInTheDocument()
    expect(screen.queryByText(/No action items match/)).not.toBeInTheDocument()
    expect(ignoredNotice()).not.toBeInTheDocument()

    release()
    expect(await rows()).toHaveLength(8)
    expect(notedLine('owner=nobody-known')).toHaveTextContent('no one has that id')
  })

  it('does not blame the link when the people cannot be loaded', async () => {
    backend.server.use(
      http.get('*/api/people', () =>
        HttpResponse.json(
          { error: { status: 500, message: 'Directory down.', issues: [] } },
          { status: 500 },
        ),
      ),
    )
    renderRoute('/action-items?owner=nobody-known')

    expect(await screen.findByText(/No action items match these filters/)).toBeInTheDocument()
    expect(ignoredNotice()).not.toBeInTheDocument()
  })

  it('treats a saved view naming someone who has left the same way', async () => {
    const user = userEvent.setup()
    localStorage.setItem(
      SAVED_VIEWS_KEY,
      JSON.stringify([{ id: 'v1', name: 'Sam’s items', search: 'owner=sam-former&due=overdue' }]),
    )
    renderRoute('/action-items')
    await rows()

    await user.click(screen.getByRole('link', { name: 'Sam’s items' }))

    expect(await screen.findByText('owner=sam-former')).toBeInTheDocument()
    expect(notedLine('owner=sam-former')).toHaveTextContent('no one has that id')
    expect(await rows()).toHaveLength(8)
    expect(screen.getByRole('checkbox', { name: /Overdue/ })).toBeChecked()
  })
})

describe('the tag filter', () => {
  it('keeps a value no tag could have in the box, with the rule, out of the address', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/action-items')
    await rows()
    const tag = screen.getByRole('textbox', { name: 'Tag' })

    await user.type(tag, '#sev 1')

    expect(tag).toHaveAccessibleDescription('Not a tag: a tag is one word after #, with no spaces.')
    expect(tag).toBeInvalid()
    // The search box commits after the same pause: had the tag gone, it would be there too.
    await user.type(screen.getByRole('searchbox', { name: 'Search action items' }), 'sla')
    await waitFor(() => expect(router.state.location.search).toBe('?q=sla'))
    expect(tag).toHaveValue('#sev 1')
  })

  it('ignores such a tag in a link, with a notice', async () => {
    renderRoute('/action-items?tag=%23sev%201')

    expect(await rows()).toHaveLength(8)
    expect(notedLine('tag=#sev 1')).toHaveTextContent(
      'a tag is one word after #, with no spaces. Showing the default instead.',
    )
  })
})

describe('a link with values the page cannot use', () => {
  it('shows the start of a very long value, and why each was left out, in words', async () => {
    renderRoute(`/action-items?q=${'x'.repeat(5000)}&page=0`)

    expect(await rows()).toHaveLength(8)
    const search = screen.getByText(`q=${'x'.repeat(59)}…`).closest('li')
    expect(search).toHaveTextContent('— search is limited to 200 characters.')
    expect(search?.textContent?.length).toBeLessThan(140)
    expect(notedLine('page=0')).toHaveTextContent('page=0 — page must be 1 or more.')
  })
})
