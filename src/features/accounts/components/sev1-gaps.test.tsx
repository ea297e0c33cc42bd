import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CoverageGap } from '@/contract'
import { buildSev1Sla } from '@/domain/rota/rota-fixtures'
import { ViewerSettingsProvider } from '@/lib/viewer-settings'
import { Sev1Gaps } from './sev1-gaps'

const sev1 = buildSev1Sla()

const gap = (start: string, end: string, holidays?: string[]): CoverageGap => ({
  start,
  end,
  minutes: (Date.parse(end) - Date.parse(start)) / 60_000,
  reason: 'uncovered',
  slaId: sev1.id,
  ...(holidays ? { holidays } : {}),
})

describe('Sev1Gaps', () => {
  it('says which holiday in the rota leaves a gap, and nothing for the others', () => {
    const gaps = [
      gap('2026-12-25T14:00:00Z', '2026-12-26T00:00:00Z', ['Christmas Day']),
      gap('2026-12-27T14:00:00Z', '2026-12-28T00:00:00Z'),
    ]
    render(
      <ViewerSettingsProvider>
        <Sev1Gaps gaps={gaps} sla={sev1} horizonWeeks={8} />
      </ViewerSettingsProvider>,
    )

    const [christmas, other] = screen.getAllByRole('listitem')
    expect(christmas).toHaveTextContent('holiday in the rota: Christmas Day')
    expect(other).not.toHaveTextContent('holiday')
  })
})
