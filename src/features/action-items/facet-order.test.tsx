import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

startTestBackend()

function accountOptions(): string[] {
  const group = screen.getByRole('group', { name: 'Account' })
  return within(group)
    .getAllByRole('checkbox')
    .map((box) => box.getAttribute('aria-label') ?? '')
}

describe('the account filter', () => {
  it('lists a short list of accounts by name, not by count, with "No account" last', async () => {
    renderRoute('/action-items')
    await screen.findByRole('table', {}, { timeout: 5000 })

    // xAI has more items than CoreWeave: by count, the two would swap as filters change.
    expect(accountOptions()).toEqual([
      'CoreWeave (4 items)',
      'xAI (7 items)',
      'No account (1 item)',
    ])
  })
})
