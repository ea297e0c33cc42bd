import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { chooseInRow } from '../../../tests/setup/choose-in-row'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

const backend = startTestBackend()

async function firstRow() {
  const table = await screen.findByRole('table', {}, { timeout: 5000 })
  const row = within(table).getAllByRole('row')[1] as HTMLElement
  const title = within(row).getByRole('rowheader').textContent
  const item = backend.store.actionItems.find((i) => title?.includes(i.title.slice(0, 40)))!
  return { row, item }
}

function stored(id: string) {
  return backend.store.actionItems.find((i) => i.id === id)
}

describe('editing one item twice in quick succession', () => {
  it('saves both changes when the second is made before the first is answered', async () => {
    // The server holds every save until both changes are made, then answers as usual.
    let answer = () => {}
    const bothMade = new Promise<void>((resolve) => (answer = resolve))
    backend.server.use(http.patch('*/api/action-items/:id', () => bothMade))
    const user = userEvent.setup()
    renderRoute('/action-items')
    const { row, item } = await firstRow()

    await chooseInRow(user, within(row).getByRole('combobox', { name: /^Status of/ }), 'done')
    await chooseInRow(user, within(row).getByRole('combobox', { name: /^Priority of/ }), 'low')
    answer()

    await waitFor(() => expect(stored(item.id)).toMatchObject({ version: item.version + 2 }))
    expect(stored(item.id)).toMatchObject({ status: 'done', priority: 'low' })
    expect(within(row).getByRole('combobox', { name: /^Status of/ })).toHaveDisplayValue('Done')
    expect(within(row).getByRole('combobox', { name: /^Priority of/ })).toHaveDisplayValue('Low')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('refuses a change to an item another tab changed, and offers it again', async () => {
    const user = userEvent.setup()
    renderRoute('/action-items')
    const { row, item } = await firstRow()
    const index = backend.store.actionItems.indexOf(item)
    backend.store.actionItems[index] = { ...item, priority: 'lowest', version: item.version + 1 }

    await chooseInRow(user, within(row).getByRole('combobox', { name: /^Status of/ }), 'done')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your change — status Done — ')
    expect(alert).toHaveTextContent('This item was changed elsewhere')
    expect(stored(item.id)).toMatchObject({ status: item.status, priority: 'lowest' })

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(stored(item.id)).toMatchObject({ status: 'done' }))
    expect(stored(item.id)).toMatchObject({ priority: 'lowest', version: item.version + 2 })
  })
})
