import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TagList } from './item-cells'

describe('TagList', () => {
  it('shows a right-to-left override in a tag as a mark, as the import preview does', () => {
    render(<TagList tags={['#invoice\u202Efdp.exe', '#ok']} />)

    expect(screen.getAllByRole('listitem').map((tag) => tag.textContent)).toEqual([
      '#invoice⟦RLO⟧fdp.exe',
      '#ok',
    ])
  })
})
