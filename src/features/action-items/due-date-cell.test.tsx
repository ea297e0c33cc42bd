import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

const backend = startTestBackend()

async function firstDueField() {
  const table = await screen.findByRole('table', {}, { timeout: 5000 })
  const row = within(table).getAllByRole('row')[1] as HTMLElement
  return { row, due: within(row).getByLabelText(/^Due date of/) as HTMLInputElement }
}

describe('a date typed into a row’s due-date cell that is not a date', () => {
  it('keeps the old date and says so at the row, for a five-digit year', async () => {
    const user = userEvent.setup()
    renderRoute('/action-items')
    const { row, due } = await firstDueField()
    const before = structuredClone(backend.store.actionItems)

    await user.click(due)
    fireEvent.change(due, { target: { value: '20271-11-08' } })
    await user.tab()

    expect(within(row).getByRole('alert')).toHaveTextContent(
      'Not a valid date, so the due date stays 2025-11-08.',
    )
    expect(due).toHaveValue('2025-11-08')
    expect(due).toHaveAttribute('aria-invalid', 'true')
    expect(backend.store.actionItems).toEqual(before)
  })

  it('keeps the old date for a year typed with two digits, and says it is short', async () => {
    const user = userEvent.setup()
    renderRoute('/action-items')
    const { row, due } = await firstDueField()
    const before = structuredClone(backend.store.actionItems)

    // Chromium pads the year of 12/10/26 to 0026: a real day, but not the one meant.
    await user.click(due)
    fireEvent.change(due, { target: { value: '0026-12-10' } })
    await user.keyboard('{Enter}')

    expect(within(row).getByRole('alert')).toHaveTextContent(
      'The year 0026 looks incomplete: type all four digits (2026?). ' +
        'The due date stays 2025-11-08.',
    )
    expect(due).toHaveValue('2025-11-08')
    expect(due).toHaveAccessibleDescription(/The year 0026 looks incomplete/)
    expect(backend.store.actionItems).toEqual(before)
  })

  it('keeps the old date for a date left half typed, rather than clearing it', async () => {
    const user = userEvent.setup()
    renderRoute('/action-items')
    const { row, due } = await firstDueField()

    await user.click(due)
    // A browser reports a half-typed date as an empty value that is marked bad input.
    Object.defineProperty(due, 'validity', { value: { ...due.validity, badInput: true } })
    fireEvent.change(due, { target: { value: '' } })
    await user.keyboard('{Enter}')

    expect(within(row).getByRole('alert')).toHaveTextContent('the due date stays 2025-11-08.')
    expect(due).toHaveValue('2025-11-08')

    await user.clear(due)
    await user.type(due, '2025-11-20')
    expect(within(row).queryByRole('alert')).not.toBeInTheDocument()
  })
})
