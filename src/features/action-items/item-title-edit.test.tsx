import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

const backend = startTestBackend()

async function firstRow() {
  const table = await screen.findByRole('table', {}, { timeout: 5000 })
  return within(table).getAllByRole('row')[1] as HTMLElement
}

async function openTitle() {
  const user = userEvent.setup()
  renderRoute('/action-items')
  const row = await firstRow()
  const before = backend.store.actionItems.find((item) => within(row).queryByText(item.title))!
  await user.click(within(row).getByRole('button', { name: /^Edit title of/ }))
  const field = within(row).getByRole('textbox', { name: /^Title of/ })
  return { user, row, field, before }
}

describe('editing an item’s title', () => {
  it('saves the new text on Enter and hands focus back to the button', async () => {
    const { user, row, field, before } = await openTitle()
    expect(field).toHaveFocus()
    expect(field).toHaveValue(before.title)

    await user.clear(field)
    await user.type(field, '  Confirm the Sev1 target with legal  {Enter}')

    expect(within(row).getByText('Confirm the Sev1 target with legal')).toBeInTheDocument()
    expect(within(row).getByRole('button', { name: /^Edit title of/ })).toHaveFocus()
    await waitFor(() =>
      expect(backend.store.actionItems.find((i) => i.id === before.id)?.title).toBe(
        'Confirm the Sev1 target with legal',
      ),
    )
  })

  it('shows a title stored with a line break on one line, and edits it so', async () => {
    const stored = backend.store.actionItems[0]!
    backend.store.actionItems[0] = { ...stored, title: 'Confirm the Sev1 target\nwith legal' }
    const user = userEvent.setup()
    renderRoute('/action-items')
    await firstRow()
    const row = screen.getByText('Confirm the Sev1 target with legal').closest('tr')!
    const edit = within(row).getByRole('button', {
      name: 'Edit title of “Confirm the Sev1 target with legal”',
    })

    await user.click(edit)
    const field = within(row).getByRole('textbox', { name: /^Title of/ })
    expect(field).toHaveValue('Confirm the Sev1 target with legal')
    await user.type(field, ' today{Enter}')

    await waitFor(() =>
      expect(backend.store.actionItems.find((i) => i.id === stored.id)?.title).toBe(
        'Confirm the Sev1 target with legal today',
      ),
    )
  })

  it('puts the old text back on Escape and sends nothing', async () => {
    const { user, row, field, before } = await openTitle()

    await user.clear(field)
    await user.type(field, 'Something else{Escape}')

    expect(within(row).queryByRole('textbox', { name: /^Title of/ })).not.toBeInTheDocument()
    expect(within(row).getByText(before.title)).toBeInTheDocument()
    expect(backend.store.actionItems.find((i) => i.id === before.id)?.version).toBe(1)
  })

  it('refuses an empty title with a message and keeps the field open', async () => {
    const { user, row, field, before } = await openTitle()

    await user.clear(field)
    await user.keyboard('{Enter}')

    expect(within(row).getByRole('alert')).toHaveTextContent('The title cannot be empty')
    expect(field).toHaveAccessibleDescription(/cannot be empty/)
    expect(field).toBeInvalid()
    expect(backend.store.actionItems.find((i) => i.id === before.id)?.title).toBe(before.title)
  })

  it('rolls back a refused save and keeps the typed text in the alert', async () => {
    backend.server.use(
      http.patch('*/api/action-items/:id', () =>
        HttpResponse.json(
          { error: { status: 500, message: 'The database is read-only.', issues: [] } },
          { status: 500 },
        ),
      ),
    )
    const { user, row, field, before } = await openTitle()

    await user.clear(field)
    await user.type(field, 'Chase the RMA by Friday')
    await user.tab()

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('title “Chase the RMA by Friday”')
    expect(alert).toHaveTextContent('The database is read-only.')
    await waitFor(() => expect(within(row).getByText(before.title)).toBeInTheDocument())
    expect(within(row).queryByText('Chase the RMA by Friday')).not.toBeInTheDocument()
  })
})
