import { describe, expect, it } from 'vitest'
import { revealBidiControls, revealBidiInData } from './reveal-bidi'

describe('revealBidiControls', () => {
  it('shows a right-to-left override instead of obeying it', () => {
    expect(revealBidiControls('Invoice \u202Efdp.exe\u202C review')).toBe(
      'Invoice ⟦RLO⟧fdp.exe⟦PDF⟧ review',
    )
  })

  it('leaves ordinary text, including right-to-left scripts, as it is', () => {
    expect(revealBidiControls('Zoë · 山田 · שלום · 🔔 Sev1')).toBe('Zoë · 山田 · שלום · 🔔 Sev1')
  })
})

describe('revealBidiInData', () => {
  it('reveals controls in every string of nested data and keeps the rest', () => {
    const data = { name: '\u202Egpj.exe', rank: 1, tags: ['a\u2066b'], none: null }

    expect(revealBidiInData(data)).toEqual({
      name: '⟦RLO⟧gpj.exe',
      rank: 1,
      tags: ['a⟦LRI⟧b'],
      none: null,
    })
  })
})
