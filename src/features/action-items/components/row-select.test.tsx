import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { RowSelect } from './row-select'

const options = [
  { value: '', label: 'Unassigned' },
  { value: 'kenji-sato', label: 'Kenji Sato' },
  { value: 'riley-hart', label: 'Riley Hart' },
]

function optionLabels() {
  return screen.getAllByRole('option').map((option) => option.textContent)
}

describe('RowSelect', () => {
  it('shows the chosen option alone until it is used', () => {
    render(
      <RowSelect aria-label="Owner" value="kenji-sato" options={options} onChange={() => {}} />,
    )
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveDisplayValue('Kenji Sato')
    expect(optionLabels()).toEqual(['Kenji Sato'])
  })

  it('offers every option once it takes focus, as by Tab', async () => {
    const user = userEvent.setup()
    render(<RowSelect aria-label="Owner" value="" options={options} onChange={() => {}} />)
    await user.tab()
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveFocus()
    expect(optionLabels()).toEqual(['Unassigned', 'Kenji Sato', 'Riley Hart'])
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveDisplayValue('Unassigned')
  })

  it('offers every option on the press that opens it, and reports the choice', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const onFocus = vi.fn()
    render(
      <RowSelect
        aria-label="Owner"
        value="kenji-sato"
        options={options}
        onChange={(event) => onChange(event.target.value)}
        onFocus={onFocus}
      />,
    )
    const select = screen.getByRole('combobox', { name: 'Owner' })
    await user.click(select)
    await user.selectOptions(select, 'riley-hart')
    expect(onChange).toHaveBeenCalledWith('riley-hart')
    expect(onFocus).toHaveBeenCalled()
  })
})
