import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CoverageRunsList } from './coverage-runs-list'

const hour = 3_600_000
const week = { from: Date.parse('2026-11-29T23:00:00Z'), to: Date.parse('2026-12-06T23:00:00Z') }

describe('CoverageRunsList', () => {
  it('says when a gap is cut by the edge of the week, and not otherwise', () => {
    render(
      <CoverageRunsList
        runs={[
          { kind: 'monitored_only', start: week.from, end: week.from + hour, layers: [] },
          {
            kind: 'uncovered',
            start: week.from + 30 * hour,
            end: week.from + 31 * hour,
            layers: [],
          },
          { kind: 'monitored_only', start: week.to - 39 * hour, end: week.to, layers: [] },
        ]}
        week={week}
        viewerZone="Europe/Berlin"
        layerName={(id) => id}
      />,
    )

    const items = screen.getAllByRole('listitem').map((item) => item.textContent)
    expect(items[0]).toContain('(1 h; began in the week before)')
    expect(items[1]).toContain('(1 h)')
    expect(items[2]).toContain('; goes on into the next week)')
  })
})
