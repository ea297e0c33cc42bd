import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

startTestBackend()

function viewsSection() {
  return screen.getByRole('region', { name: 'Saved views' })
}

async function saveViewAs(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: 'Save view…' }))
  await user.type(screen.getByRole('textbox', { name: 'Name this view' }), `${name}{Enter}`)
}

async function openWithHighPrioSaved() {
  const user = userEvent.setup()
  const { router } = renderRoute('/action-items?priority=high')
  await screen.findByRole('table', {}, { timeout: 5000 })
  await saveViewAs(user, 'High prio')
  return { user, router }
}

describe('saving a view under a name in use', () => {
  it('asks before replacing, and replaces only when told to', async () => {
    const { user, router } = await openWithHighPrioSaved()
    await act(() => router.navigate('/action-items?priority=low'))

    await saveViewAs(user, 'high prio')

    expect(screen.getByRole('alert')).toHaveTextContent(
      'A view named “High prio” already exists. Replace it with these filters, or type ' +
        'another name.',
    )
    expect(screen.getByRole('link', { name: 'High prio' })).toHaveAttribute(
      'href',
      '/action-items?priority=high',
    )

    await user.click(screen.getByRole('button', { name: 'Replace “High prio”' }))

    const links = within(viewsSection()).getAllByRole('link', { name: /prio/i })
    expect(links).toHaveLength(1)
    expect(links[0]).toHaveAttribute('href', '/action-items?priority=low')
    expect(screen.getByRole('button', { name: 'Save view…' })).toHaveFocus()
  })

  it('saves under another name once the name is changed', async () => {
    const { user, router } = await openWithHighPrioSaved()
    await act(() => router.navigate('/action-items?priority=low'))
    await saveViewAs(user, 'High prio')
    const field = screen.getByRole('textbox', { name: 'Name this view' })

    await user.clear(field)
    await user.type(field, 'Low prio{Enter}')

    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'High prio' })).toHaveAttribute(
      'href',
      '/action-items?priority=high',
    )
    expect(screen.getByRole('link', { name: 'Low prio' })).toHaveAttribute(
      'href',
      '/action-items?priority=low',
    )
  })
})

describe('deleting a view', () => {
  it('can be undone, and keeps focus on the saved views', async () => {
    const { user } = await openWithHighPrioSaved()

    await user.click(screen.getByRole('button', { name: 'Delete view “High prio”' }))

    expect(screen.queryByRole('link', { name: 'High prio' })).not.toBeInTheDocument()
    expect(within(viewsSection()).getByRole('status')).toHaveTextContent(
      'Deleted view “High prio”.',
    )
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus()

    await user.keyboard('{Enter}')

    expect(screen.getByRole('link', { name: 'High prio' })).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
  })

  it('hands focus to the heading when the notice is dismissed', async () => {
    const { user } = await openWithHighPrioSaved()

    await user.click(screen.getByRole('button', { name: 'Delete view “High prio”' }))
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))

    expect(screen.getByRole('heading', { name: 'Views' })).toHaveFocus()
    expect(screen.queryByRole('link', { name: 'High prio' })).not.toBeInTheDocument()
  })
})
