import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'
import { SAVED_VIEWS_KEY } from './saved-views'

const backend = startTestBackend()

// jsdom has <dialog> but not its modal methods; this stands in for what the tests rely on.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype
  if (typeof proto.showModal !== 'function') {
    proto.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '')
    }
    proto.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open')
      this.dispatchEvent(new Event('close'))
    }
  }
})

afterEach(() => {
  vi.useRealTimers()
})

function failWith(status: number, message: string) {
  return () => HttpResponse.json({ error: { status, message, issues: [] } }, { status })
}

/** A 422 naming one field, as the mock server words an unknown person or account. */
function refuseWith(path: string, message: string) {
  return () =>
    HttpResponse.json(
      {
        error: {
          status: 422,
          message: `Invalid item: ${path}: ${message}`,
          issues: [{ path, message }],
        },
      },
      { status: 422 },
    )
}

async function rows() {
  const table = await screen.findByRole('table', {}, { timeout: 5000 })
  return within(table).getAllByRole('row').slice(1)
}

async function openNewItem() {
  const user = userEvent.setup()
  renderRoute('/action-items')
  await rows()
  await user.click(screen.getByRole('button', { name: 'New action item' }))
  return { user, dialog: screen.getByRole('dialog', { name: 'New action item' }) }
}

describe('creating an item', () => {
  it('creates the item, closes the dialog and refreshes the list', async () => {
    const { user, dialog } = await openNewItem()

    await user.type(within(dialog).getByLabelText(/^Title/), 'Confirm Sev1 paging path')
    await user.selectOptions(within(dialog).getByLabelText('Owner'), 'Riley Hart')
    await user.selectOptions(within(dialog).getByLabelText('Priority'), 'high')
    await user.type(within(dialog).getByLabelText('Tags'), 'task #sev1')
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByText('Created “Confirm Sev1 paging path”.')).toBeInTheDocument()
    await waitFor(async () => expect(await rows()).toHaveLength(9))
    expect(backend.store.actionItems.at(-1)).toMatchObject({
      title: 'Confirm Sev1 paging path',
      ownerId: 'riley-hart',
      priority: 'high',
      tags: ['#task', '#sev1'],
    })
  })

  it('dates the item by the viewer’s calendar, not by UTC', async () => {
    // 20:00 on 12 November in UTC is already the 13th in Auckland. Only Date is faked.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-11-12T20:00:00Z') })
    localStorage.setItem('opmodel:viewer', JSON.stringify({ timeZone: 'Pacific/Auckland' }))
    const { user, dialog } = await openNewItem()

    await user.type(within(dialog).getByLabelText(/^Title/), 'Send the Sev1 runbook')
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(backend.store.actionItems.at(-1)).toMatchObject({
      title: 'Send the Sev1 runbook',
      created: '2025-11-13',
    })
  })

  it('keeps the dialog and the typed title when the server refuses', async () => {
    backend.server.use(http.post('*/api/action-items', failWith(422, 'Owner is on leave.')))
    const { user, dialog } = await openNewItem()
    const title = within(dialog).getByLabelText(/^Title/)

    await user.type(title, 'Renew support contract')
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The item was not created. Owner is on leave.')
    expect(alert).toHaveFocus()
    expect(dialog).toHaveAttribute('open')
    expect(title).toHaveValue('Renew support contract')
    expect(backend.store.actionItems).toHaveLength(8)
  })

  it('says which tag is not a tag, in words, and keeps focus on the tags', async () => {
    const { user, dialog } = await openNewItem()
    const tags = within(dialog).getByLabelText('Tags')

    await user.type(within(dialog).getByLabelText(/^Title/), 'Confirm Sev1 paging path')
    await user.type(tags, '#ok #')
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))

    expect(tags).toHaveFocus()
    expect(tags).toHaveAttribute('aria-invalid', 'true')
    expect(tags).toHaveAccessibleDescription(
      'Tag 2 ("#") is not a tag: write # followed by a word, without spaces. ' +
        'Separate tags with spaces; the # is added if you leave it out.',
    )
    expect(backend.store.actionItems).toHaveLength(8)
  })

  it('shows a refused owner beside the Owner field, marks it and moves focus there', async () => {
    backend.server.use(
      http.post('*/api/action-items', refuseWith('ownerId', 'no person with id "riley-hart"')),
    )
    const { user, dialog } = await openNewItem()
    const owner = within(dialog).getByLabelText('Owner')

    await user.type(within(dialog).getByLabelText(/^Title/), 'Renew support contract')
    await user.selectOptions(owner, 'Riley Hart')
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))

    await waitFor(() => expect(owner).toHaveFocus())
    expect(owner).toHaveAttribute('aria-invalid', 'true')
    expect(owner).toHaveAccessibleDescription(
      'The owner chosen is not someone the server knows. Choose another owner.',
    )
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument()

    await user.selectOptions(owner, 'Morgan Blake')
    expect(owner).toHaveAttribute('aria-invalid', 'false')
    expect(within(dialog).queryByText(/not someone the server knows/)).not.toBeInTheDocument()
  })

  it('calls a due year typed with two digits incomplete, and sends it once whole', async () => {
    const { user, dialog } = await openNewItem()
    const due = within(dialog).getByLabelText('Due date')
    await user.type(within(dialog).getByLabelText(/^Title/), 'X')

    fireEvent.change(due, { target: { value: '0026-12-10' } })
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))

    expect(due).toHaveFocus()
    expect(due).toHaveAccessibleDescription(
      'The year 0026 looks incomplete: type all four digits (2026?).',
    )
    expect(backend.store.actionItems).toHaveLength(8)

    fireEvent.change(due, { target: { value: '2026-12-10' } })
    expect(due).toHaveAttribute('aria-invalid', 'false')
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))
    await waitFor(() => expect(backend.store.actionItems.at(-1)?.due).toBe('2026-12-10'))
  })

  it('flags the very account the server refuses, and focuses its box', async () => {
    backend.server.use(
      http.post('*/api/action-items', refuseWith('accountIds.1', 'no account with id "xai"')),
    )
    const { user, dialog } = await openNewItem()
    const accounts = within(dialog).getByRole('group', { name: 'Accounts' })
    const coreweave = within(accounts).getByRole('checkbox', { name: 'CoreWeave' })
    const xai = within(accounts).getByRole('checkbox', { name: 'xAI' })

    await user.type(within(dialog).getByLabelText(/^Title/), 'Renew support contract')
    await user.click(coreweave)
    await user.click(xai)
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))

    await waitFor(() => expect(xai).toHaveFocus())
    expect(xai).toHaveAttribute('aria-invalid', 'true')
    expect(xai).toHaveAccessibleDescription(
      'One of the accounts ticked is not known to the server. Untick it and try again.',
    )
    expect(coreweave).not.toHaveAttribute('aria-invalid', 'true')
  })

  it('sends nothing while the due date is not one, and says so at the field', async () => {
    const { user, dialog } = await openNewItem()
    const due = within(dialog).getByLabelText('Due date') as HTMLInputElement

    await user.type(within(dialog).getByLabelText(/^Title/), 'X')
    // Chromium reports 02/30/2026, or a date half typed, as an empty value marked bad input.
    Object.defineProperty(due, 'validity', { value: { ...due.validity, badInput: true } })
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))

    expect(due).toHaveFocus()
    expect(due).toHaveAttribute('aria-invalid', 'true')
    expect(due).toHaveAccessibleDescription(
      'Not a valid date: type a whole date that is in the calendar, or clear the field.',
    )
    expect(dialog).toHaveAttribute('open')
    expect(backend.store.actionItems).toHaveLength(8)
  })

  it('creates the item on Enter in the title, which stays one line', async () => {
    const { user, dialog } = await openNewItem()
    const title = within(dialog).getByLabelText(/^Title/)

    await user.type(title, 'Confirm Sev1{Shift>}{Enter}{/Shift}')
    expect(title).toHaveValue('Confirm Sev1')
    await user.paste('\r\npaging path')
    await user.keyboard('{Enter}')

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByText('Created “Confirm Sev1 paging path”.')).toBeInTheDocument()
    expect(backend.store.actionItems.at(-1)?.title).toBe('Confirm Sev1 paging path')
  })

  it('asks for a title before sending anything', async () => {
    const { user, dialog } = await openNewItem()

    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))

    expect(within(dialog).getByText('The title cannot be empty.')).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^Title/)).toHaveAttribute('aria-invalid', 'true')
    expect(within(dialog).getByLabelText(/^Title/)).toHaveFocus()
  })

  it('keeps a pasted title that is too long whole, and says how long it may be', async () => {
    const { user, dialog } = await openNewItem()
    const title = within(dialog).getByLabelText(/^Title/)
    await user.click(title)
    await user.paste('x'.repeat(2500))

    await user.click(within(dialog).getByRole('button', { name: 'Create item' }))

    expect(title).toHaveValue('x'.repeat(2500))
    expect(
      within(dialog).getByText('The title is 2,500 characters; 2,000 at most. Shorten it to save.'),
    ).toBeInTheDocument()
    expect(backend.store.actionItems).toHaveLength(8)
  })
})

describe('bulk changes', () => {
  it('changes the selected items', async () => {
    const user = userEvent.setup()
    renderRoute('/action-items')
    const [first, second] = await rows()
    await user.click(within(first!).getByRole('checkbox', { name: /^Select/ }))
    await user.click(within(second!).getByRole('checkbox', { name: /^Select/ }))

    const bar = screen.getByRole('toolbar', { name: 'Change the selected items' })
    expect(bar).toHaveTextContent('2 selected')
    await user.selectOptions(within(bar).getByLabelText(/^Set status/), 'done')

    expect(await screen.findByText('Changed 2 items: status Done.')).toBeInTheDocument()
    expect(backend.store.actionItems.filter((i) => i.status === 'done')).toHaveLength(2)
  })

  it('sets no due date that is not one, and says why at the field', async () => {
    const user = userEvent.setup()
    renderRoute('/action-items')
    const [first] = await rows()
    const before = structuredClone(backend.store.actionItems)
    await user.click(within(first!).getByRole('checkbox', { name: /^Select/ }))
    const bar = screen.getByRole('toolbar', { name: 'Change the selected items' })
    const due = within(bar).getByLabelText('Due date for the selected items') as HTMLInputElement
    const setDue = within(bar).getByRole('button', { name: 'Set due' })

    fireEvent.change(due, { target: { value: '0026-12-10' } })
    await user.click(setDue)
    expect(due).toHaveFocus()
    expect(due).toHaveAttribute('aria-invalid', 'true')
    expect(due).toHaveAccessibleDescription(
      'The year 0026 looks incomplete: type all four digits (2026?).',
    )

    // Chromium reports 02/30/2026, or a date half typed, as an empty value marked bad input.
    Object.defineProperty(due, 'validity', { value: { ...due.validity, badInput: true } })
    fireEvent.change(due, { target: { value: '' } })
    await user.click(setDue)
    expect(due).toHaveAccessibleDescription(
      'Not a valid date: type a whole date that is in the calendar.',
    )
    expect(backend.store.actionItems).toEqual(before)
  })

  it('selects the whole page and rolls back when the server fails', async () => {
    backend.server.use(http.patch('*/api/action-items', failWith(500, 'The store is read-only.')))
    const user = userEvent.setup()
    renderRoute('/action-items')
    await rows()

    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    const bar = screen.getByRole('toolbar', { name: 'Change the selected items' })
    expect(bar).toHaveTextContent('8 selected')
    await user.selectOptions(within(bar).getByLabelText(/^Set priority/), 'lowest')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('priority Lowest — to 8 items was not saved')
    expect(alert).toHaveTextContent('The store is read-only.')
    const priorities = (await rows()).map(
      (row) =>
        (within(row).getByRole('combobox', { name: /^Priority of/ }) as HTMLSelectElement).value,
    )
    expect(priorities).not.toContain('lowest')
    expect(screen.getByRole('toolbar')).toHaveTextContent('8 selected')

    await user.click(within(bar).getByRole('button', { name: 'Clear selection' }))
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument()
  })
})

describe('saved views', () => {
  it('ignores a corrupt saved value with a notice, then saves and deletes views', async () => {
    localStorage.setItem(SAVED_VIEWS_KEY, '{"not": "a list"')
    const user = userEvent.setup()
    renderRoute('/action-items?owner=jordan-avery&priority=high')
    await rows()

    expect(screen.getByText(/saved views could not be read/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save view…' }))
    await user.type(screen.getByRole('textbox', { name: 'Name this view' }), 'Jordan high{Enter}')

    const link = screen.getByRole('link', { name: 'Jordan high' })
    expect(link).toHaveAttribute('href', '/action-items?owner=jordan-avery&priority=high')
    expect(link).toHaveAttribute('aria-current', 'page')
    expect(JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY) ?? '[]')).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Delete view “Jordan high”' }))
    expect(screen.queryByRole('link', { name: 'Jordan high' })).not.toBeInTheDocument()
    expect(localStorage.getItem(SAVED_VIEWS_KEY)).toBe('[]')
  })

  it('hands focus back to "Save view…" when naming is cancelled with Escape', async () => {
    const user = userEvent.setup()
    renderRoute('/action-items?owner=jordan-avery')
    await rows()

    await user.click(screen.getByRole('button', { name: 'Save view…' }))
    await user.keyboard('{Escape}')

    expect(screen.queryByRole('textbox', { name: 'Name this view' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Save view…' })).toHaveFocus()
  })

  it('ignores saved views of the wrong shape', async () => {
    localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify([{ id: 1, name: '' }]))
    renderRoute('/action-items')
    await rows()

    expect(screen.getByText(/saved views could not be read/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'All items' })).toBeInTheDocument()
  })
})
