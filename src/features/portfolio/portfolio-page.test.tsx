import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest'
import { accountListSchema } from '@/contract'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'
import { CHART_WAITS } from './components/owner-chart-section'

const backend = startTestBackend()

beforeAll(() => {
  // jsdom has no layout engine; Recharts' ResponsiveContainer only needs the API to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
})

async function findCard(name: string) {
  const heading = await screen.findByRole('heading', { name }, { timeout: 5000 })
  return heading.closest('article') as HTMLElement
}

describe('PortfolioPage', () => {
  it('shows both accounts with their rank, items and an unconfirmed Sev1 target', async () => {
    renderRoute('/')

    for (const name of ['CoreWeave', 'xAI']) {
      const card = await findCard(name)
      expect(within(card).getByRole('link', { name })).toHaveAttribute(
        'href',
        `/accounts/${name.toLowerCase()}`,
      )
      expect(within(card).getByText(/≈ 30 min/)).toBeInTheDocument()
      expect(within(card).getByText('Unconfirmed')).toBeInTheDocument()
      expect(within(card).getByText('To be confirmed with Morgan Blake')).toBeInTheDocument()
      expect(within(card).getByText('Covering now')).toBeInTheDocument()
    }

    const coreweave = await findCard('CoreWeave')
    expect(within(coreweave).getByText(/Largest customer/)).toBeInTheDocument()
    expect(within(coreweave).getByText('Note, line 53')).toBeInTheDocument()
    expect(within(coreweave).getByText('Note, line 73')).toBeInTheDocument()
    const overdue = within(coreweave).getByRole('link', { name: /overdue for CoreWeave/ })
    expect(overdue).toHaveAttribute('href', '/action-items?account=coreweave&due=overdue')
    expect(within(await findCard('xAI')).getByText(/Third largest customer/)).toBeInTheDocument()
  })

  it('charts open items by owner, with the same numbers as a table', async () => {
    const user = userEvent.setup()
    renderRoute('/')

    const toggle = await screen.findByRole('button', { name: 'Show as table' }, { timeout: 5000 })
    await user.click(toggle)

    const table = screen.getByRole('table', { name: /Open action items by owner/ })
    const row = within(table).getByRole('row', { name: /Jordan Avery/ })
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    expect(cells).toEqual(['8', '0', '0', '0', '0', '0', '8'])
  })

  it('asks for the chart only once it nears the screen, as on a phone', async () => {
    const observers: Array<(entries: Array<{ isIntersecting: boolean }>) => void> = []
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: Array<{ isIntersecting: boolean }>) => void) {
          observers.push(callback)
        }
        observe() {}
        disconnect() {}
      },
    )
    const asked: string[] = []
    onTestFinished(() => {
      backend.server.events.removeAllListeners()
      vi.unstubAllGlobals()
    })
    backend.server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/action-items') asked.push(request.url)
    })
    renderRoute('/')

    await findCard('CoreWeave')
    expect(screen.getByText(CHART_WAITS)).toBeInTheDocument()
    const before = asked.length

    act(() => observers.forEach((report) => report([{ isIntersecting: true }])))

    expect(
      await screen.findByRole('button', { name: 'Show as table' }, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(asked.length - before).toBe(6)
  })

  it('explains when the accounts cannot be loaded', async () => {
    backend.server.use(
      http.get('*/api/accounts', () =>
        HttpResponse.json(
          { error: { status: 503, message: 'Accounts are being rebuilt.', issues: [] } },
          { status: 503 },
        ),
      ),
    )
    renderRoute('/')

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('Could not load accounts')
    expect(alert).toHaveTextContent('Accounts are being rebuilt.')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('asks again once a handoff has passed, instead of counting down into the past', async () => {
    const answer = accountListSchema.parse(
      await (await fetch('http://localhost/api/accounts?today=2026-01-01')).json(),
    )
    const withHandoff = (nextHandoff: string) => ({
      accounts: answer.accounts.map((a) => ({ ...a, coverage: { ...a.coverage, nextHandoff } })),
    })
    let calls = 0
    backend.server.use(
      http.get('*/api/accounts', () => {
        calls += 1
        const past = new Date(Date.now() - 60_000).toISOString()
        const soon = new Date(Date.now() + 90 * 60_000).toISOString()
        return HttpResponse.json(withHandoff(calls === 1 ? past : soon))
      }),
    )
    renderRoute('/')

    const card = await findCard('CoreWeave')
    expect(await within(card).findByText(/^in 1 h (29|30) min$/)).toBeInTheDocument()
    expect(calls).toBe(2)
    expect(within(card).getByText('Sev1 uncovered in the next 8 weeks')).toBeInTheDocument()
    expect(within(card).getByText('Next coverage gap')).toBeInTheDocument()
  })
})
