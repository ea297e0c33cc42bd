import { screen, waitFor, within } from '@testing-library/react'
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
