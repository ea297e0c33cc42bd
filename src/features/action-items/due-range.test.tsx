import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

startTestBackend()

function rangeField(name: 'Due from' | 'Due to') {
  const group = screen.getByRole('group', { name: 'Custom due range' })
  return within(group).getByLabelText(name)
}

describe('a custom due range typed backwards', () => {
  it('is flagged at the fields, and the address keeps the range the fields apply', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/action-items')
    await screen.findByRole('table', {}, { timeout: 5000 })

    await user.type(rangeField('Due to'), '2025-11-08')
    await waitFor(() => expect(router.state.location.search).toBe('?dueTo=2025-11-08'))
    await user.type(rangeField('Due from'), '2025-11-09')

    expect(screen.getByRole('alert')).toHaveTextContent(
      'The range is backwards: “Due from” (2025-11-09) is after “Due to” (2025-11-08), so ' +
        'only “Due to” is applied. Change either date.',
    )
    expect(rangeField('Due from')).toHaveAttribute('aria-invalid', 'true')
    expect(rangeField('Due from')).toHaveValue('2025-11-09')
    expect(rangeField('Due to')).toHaveValue('2025-11-08')
    expect(router.state.location.search).toBe('?dueTo=2025-11-08')
    expect(screen.queryByText(/in the address were ignored/)).not.toBeInTheDocument()

    await user.clear(rangeField('Due to'))
    await user.type(rangeField('Due to'), '2025-11-30')

    await waitFor(() =>
      expect(router.state.location.search).toBe('?dueFrom=2025-11-09&dueTo=2025-11-30'),
    )
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(rangeField('Due from')).toHaveAttribute('aria-invalid', 'false')
  })
  it('leaves out a "to" date typed before the "from" date, and clears when fixed', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/action-items?dueFrom=2025-11-09')
    await screen.findByText(/\d matching/, {}, { timeout: 5000 })

    await user.type(rangeField('Due to'), '2025-11-01')

    expect(screen.getByRole('alert')).toHaveTextContent('so only “Due from” is applied.')
    expect(rangeField('Due to')).toHaveValue('2025-11-01')
    expect(router.state.location.search).toBe('?dueFrom=2025-11-09')

    const filters = screen.getByRole('complementary', { name: 'Filters' })
    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }))

    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(rangeField('Due to')).toHaveValue('')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('a date in the custom due range that is not one', () => {
  it('says so beside the field once left, rather than filter by nothing silently', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/action-items')
    await screen.findByRole('table', {}, { timeout: 5000 })
    const from = rangeField('Due from') as HTMLInputElement

    // Chromium reports 02/30/2026, or a date half typed, as an empty value marked bad input.
    await user.click(from)
    Object.defineProperty(from, 'validity', { value: { ...from.validity, badInput: true } })
    await user.tab()

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not a valid date: type a whole date that is in the calendar, or clear the field. ' +
        'Until then the list ignores “Due from”.',
    )
    expect(from).toHaveAttribute('aria-invalid', 'true')
    expect(from).toHaveAccessibleDescription(/^Not a valid date/)
    expect(router.state.location.search).toBe('')
  })

  it('drops a date whose year was typed short once left, and says why', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/action-items?dueTo=2025-11-08')
    await screen.findByRole('table', {}, { timeout: 5000 })
    const to = rangeField('Due to')

    await user.click(to)
    fireEvent.change(to, { target: { value: '0026-12-10' } })
    await user.tab()

    expect(screen.getByRole('alert')).toHaveTextContent(
      'The year 0026 looks incomplete: type all four digits (2026?). ' +
        'Until then the list ignores “Due to”.',
    )
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(to).toHaveValue('0026-12-10')

    await user.clear(to)
    await user.type(to, '2026-12-10')
    await waitFor(() => expect(router.state.location.search).toBe('?dueTo=2026-12-10'))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
