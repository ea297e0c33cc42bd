import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

const backend = startTestBackend()

// Wednesday 12 November 2025 in UTC, the viewer's zone. Only Date is faked: the backend and
// user-event keep their real timers.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-11-12T10:00:00Z') })
  localStorage.setItem('opmodel:viewer', JSON.stringify({ timeZone: 'UTC' }))
  const template = backend.store.actionItems[0]!
  backend.store.actionItems.push(
    { ...template, id: 'test.saturday', title: 'Due on Saturday', due: '2025-11-15' },
    { ...template, id: 'test.sunday', title: 'Due on Sunday', due: '2025-11-16' },
  )
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the week start setting', () => {
  it('decides which days "This week" counts, whatever the URL says', async () => {
    const user = userEvent.setup()
    renderRoute('/action-items?weekStart=sun')
    const week = await screen.findByRole('combobox', { name: 'Week starts on' })
    expect(week).toHaveDisplayValue('Monday')

    expect(await screen.findByRole('checkbox', { name: 'This week (2 items)' })).toBeVisible()

    await user.selectOptions(week, 'Sunday')

    expect(await screen.findByRole('checkbox', { name: 'This week (1 item)' })).toBeVisible()
    expect(JSON.parse(localStorage.getItem('opmodel:viewer') ?? '{}')).toMatchObject({
      weekStart: 'sun',
    })
    expect(screen.getByText('weekStart=sun')).toBeInTheDocument()
  })
})
