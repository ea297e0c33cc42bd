import { describe, expect, it } from 'vitest'
import { repairMojibake } from './repair-text'

function misreadAsMacRoman(text: string): string {
  return new TextDecoder('macintosh').decode(new TextEncoder().encode(text))
}

// Typed out rather than made with TextDecoder, which Node gets wrong for windows-1252.
const dueAsWindows1252 = 'ðŸ“…'

describe('repairMojibake', () => {
  it('turns UTF-8 read as Mac Roman back into the emoji and quotes', () => {
    const original = 'Due 📅 2025-11-08 ⏫ for xAI’s request'
    const broken = misreadAsMacRoman(original)

    expect(broken).toContain('üìÖ')
    expect(repairMojibake(broken)).toEqual({
      text: original,
      repaired: true,
      count: 3,
      codec: 'macintosh',
    })
  })

  it('returns a correctly encoded file unchanged', () => {
    const text = 'Café für Zoë 📅 2025-11-08 ⏫ — “quoted” ü é\n- [ ] naïve 🔽'

    expect(repairMojibake(text)).toEqual({ text, repaired: false, count: 0, codec: null })
  })

  it('leaves a Mac Roman run alone when it is not a whole UTF-8 sequence', () => {
    // ‚ is the lead byte 0xE2 of a three-byte sequence, but only one continuation follows.
    expect(repairMojibake('‚Ä then text').repaired).toBe(false)
    expect(repairMojibake('plain ascii').text).toBe('plain ascii')
  })

  it('repairs only the broken part of a mixed text', () => {
    const text = `é stays, ${misreadAsMacRoman('’')} is fixed`

    const repaired = repairMojibake(text)

    expect(repaired).toMatchObject({ text: 'é stays, ’ is fixed', repaired: true, count: 1 })
  })

  it('turns UTF-8 read as Windows-1252 back into the emoji and quotes', () => {
    const broken = `Mojibake task for xAI ${dueAsWindows1252} 2025-11-12 â€” itâ€™s due`

    expect(repairMojibake(broken)).toEqual({
      text: 'Mojibake task for xAI 📅 2025-11-12 — it’s due',
      repaired: true,
      count: 3,
      codec: 'windows-1252',
    })
  })

  it('leaves correct accents, umlauts and the euro sign alone in either code page', () => {
    const text = 'é ü € Café für Zoë, 12 € — “quoted” naïve ß'

    expect(repairMojibake(text)).toEqual({ text, repaired: false, count: 0, codec: null })
  })
})
