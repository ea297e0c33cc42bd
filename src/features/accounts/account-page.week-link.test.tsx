import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

startTestBackend()

async function openCoverage(url: string) {
  const view = renderRoute(url)
  await screen.findByRole('heading', { level: 1, name: 'xAI' }, { timeout: 5000 })
  return { ...view, coverage: screen.getByRole('region', { name: /^Coverage/ }) }
}

// The weeks are long past, so that none of them is the week the tests run in.
describe('AccountPage: the week in the address', () => {
  it('shows the week a link names, from any day of it', async () => {
    const { coverage } = await openCoverage('/accounts/xai?week=2025-03-06')

    expect(within(coverage).getByText('Mon 3 Mar – Sun 9 Mar 2025')).toBeInTheDocument()
    expect(within(coverage).getByRole('button', { name: 'This week' })).toBeEnabled()
    expect(within(coverage).queryByText(/could not be read/)).not.toBeInTheDocument()
  })

  it("counts the week from the viewer's first day of the week", async () => {
    localStorage.setItem('opmodel:viewer', JSON.stringify({ weekStart: 'sun' }))
    const { coverage } = await openCoverage('/accounts/xai?week=2025-03-06')

    expect(within(coverage).getByText('Sun 2 Mar – Sat 8 Mar 2025')).toBeInTheDocument()
  })

  it.each(['banana', '2025-02-30', '9999-12-31', '1899-12-31'])(
    'says the week of ?week=%s could not be read and shows this week',
    async (value) => {
      const { coverage } = await openCoverage(`/accounts/xai?week=${value}`)

      const notice = within(coverage).getByText(
        'Sorry, the week in this link could not be read, so the current week is shown.',
      )
      expect(notice).toHaveAttribute('role', 'status')
      expect(within(coverage).getByRole('button', { name: 'This week' })).toBeDisabled()
      const summary = await within(coverage).findByText(/^(This week: |Full coverage all week)/)
      expect(summary).toBeInTheDocument()
    },
  )

  it('goes no further than the last week of 2999, nor back before 1900', async () => {
    const last = await openCoverage('/accounts/xai?week=2999-12-23')

    expect(within(last.coverage).getByText('Mon 23 Dec – Sun 29 Dec 2999')).toBeInTheDocument()
    expect(within(last.coverage).getByRole('button', { name: 'Next week' })).toBeDisabled()
    expect(within(last.coverage).getByRole('button', { name: 'Previous week' })).toBeEnabled()
    last.unmount()

    const first = await openCoverage('/accounts/xai?week=1900-01-01')

    expect(within(first.coverage).getByText('Mon 1 Jan – Sun 7 Jan 1900')).toBeInTheDocument()
    expect(within(first.coverage).getByRole('button', { name: 'Previous week' })).toBeDisabled()
    expect(within(first.coverage).getByRole('button', { name: 'Next week' })).toBeEnabled()
  })

  it('puts the next week in the address, keeping the rest of it, and goes back', async () => {
    const user = userEvent.setup()
    const { coverage, router } = await openCoverage('/accounts/xai?ref=mail&week=2025-03-03#x')

    await user.click(within(coverage).getByRole('button', { name: 'Next week' }))

    expect(within(coverage).getByText('Mon 10 Mar – Sun 16 Mar 2025')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?ref=mail&week=2025-03-10')
    expect(router.state.location.hash).toBe('#x')

    await act(() => router.navigate(-1))
    expect(within(coverage).getByText('Mon 3 Mar – Sun 9 Mar 2025')).toBeInTheDocument()
  })

  it('leaves the week out of the address when it is this week', async () => {
    const user = userEvent.setup()
    const { coverage, router } = await openCoverage('/accounts/xai')

    await user.click(within(coverage).getByRole('button', { name: 'Next week' }))
    expect(router.state.location.search).toMatch(/^\?week=\d{4}-\d{2}-\d{2}$/)

    await user.click(within(coverage).getByRole('button', { name: 'Previous week' }))
    expect(router.state.location.search).toBe('')
    expect(within(coverage).getByRole('button', { name: 'This week' })).toBeDisabled()
  })

  it('clears an unreadable week from the address when the notice is dismissed', async () => {
    const user = userEvent.setup()
    const { coverage, router } = await openCoverage('/accounts/xai?week=banana')

    await user.click(within(coverage).getByRole('button', { name: 'Dismiss' }))

    expect(within(coverage).queryByText(/could not be read/)).not.toBeInTheDocument()
    expect(router.state.location.search).toBe('')
    expect(router.state.historyAction).toBe('REPLACE')
  })
})
