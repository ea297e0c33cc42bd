import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { FacetGroup, type FacetOption } from './facet-group'

const owners: FacetOption[] = [
  ...Array.from({ length: 30 }, (_, i) => ({
    value: `owner-${i}`,
    label: `Owner ${String(i).padStart(2, '0')}`,
    count: 100 - i,
  })),
  { value: 'unassigned', label: 'Unassigned', count: 7 },
]

function Owners({ initial = [] }: { initial?: string[] }) {
  const [selected, setSelected] = useState(initial)
  return (
    <FacetGroup
      legend="Owner"
      options={owners}
      selected={selected}
      onChange={setSelected}
      limit={10}
      pinned={['unassigned']}
    />
  )
}

const boxes = () => screen.getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))

describe('FacetGroup with a limit', () => {
  it('shows the busiest ten, the pinned option and the chosen, the rest on request', async () => {
    const user = userEvent.setup()
    render(<Owners initial={['owner-25']} />)

    expect(boxes()).toHaveLength(12)
    expect(boxes()).toContain('Owner 25 (75 items)')
    expect(boxes()).toContain('Unassigned (7 items)')
    expect(boxes()).not.toContain('Owner 11 (89 items)')

    await user.click(screen.getByRole('button', { name: 'Show all 31 owners' }))
    expect(boxes()).toHaveLength(31)

    await user.type(screen.getByRole('searchbox', { name: 'Find an owner' }), 'owner 1')
    expect(boxes()).toEqual([
      'Owner 10 (90 items)',
      ...Array.from({ length: 9 }, (_, i) => `Owner 1${i + 1} (${89 - i} items)`),
    ])

    await user.clear(screen.getByRole('searchbox', { name: 'Find an owner' }))
    await user.type(screen.getByRole('searchbox', { name: 'Find an owner' }), 'nobody')
    expect(screen.getByText('No owner matches “nobody”.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Show fewer' }))
    expect(boxes()).toHaveLength(12)
  })

  it('keeps a chosen option in view after folding', async () => {
    const user = userEvent.setup()
    render(<Owners />)

    await user.click(screen.getByRole('button', { name: 'Show all 31 owners' }))
    await user.click(screen.getByRole('checkbox', { name: 'Owner 20 (80 items)' }))
    await user.click(screen.getByRole('button', { name: 'Show fewer' }))

    expect(screen.getByRole('checkbox', { name: 'Owner 20 (80 items)' })).toBeChecked()
  })
})
