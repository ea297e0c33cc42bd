import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { Section } from './section'

let broken = true

function Contacts() {
  if (broken) throw new Error('Contact list arrived in a shape this page cannot draw.')
  return <p>Riley Hart</p>
}

describe('Section', () => {
  it('keeps a section that throws to itself, and draws it again on Try again', async () => {
    // React reports an error its boundary caught through console.error; that is expected here.
    const reported = vi.mocked(console.error).mockImplementation(() => {})
    render(
      <>
        <Section id="contacts" title="Contacts">
          <Contacts />
        </Section>
        <Section id="slas" title="SLAs">
          <p>Sev1 response in 30 minutes</p>
        </Section>
      </>,
    )

    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Contacts could not be shown')
    expect(alert).toHaveTextContent('arrived in a shape this page cannot draw')
    expect(screen.getByText('Sev1 response in 30 minutes')).toBeVisible()
    expect(screen.getByRole('region', { name: /SLAs/ })).toBeInTheDocument()
    expect(reported).toHaveBeenCalled()

    broken = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))

    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByText('Riley Hart')).toBeVisible()
  })
})
