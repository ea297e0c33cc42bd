import { describe, expect, it } from 'vitest'
import { buildSeed } from './build-seed'
import { readBundledSources } from './vite-sources'

describe('buildSeed', () => {
  const seed = buildSeed(readBundledSources())

  it('finds every quoted fact in the note, so each carries its line', () => {
    expect(seed.problems).toEqual([])
  })

  it('links the Sev1 target to the note line that states it, unconfirmed', () => {
    const xai = seed.accounts.find((a) => a.id === 'xai')
    const sev1 = xai?.slas.find((s) => s.severity === 'Sev1' && s.metric === 'response')
    const sources = readBundledSources()
    const lines = sources.notes[0]!.text.split('\n')

    expect(sev1?.targetMinutes).toBe(30)
    expect(sev1?.provenance.confirmed).toBe(false)
    expect(lines[sev1!.provenance.line! - 1]).toContain('30-minute response target for Sev1')
  })

  it('orders accounts by rank and keeps assumed contacts marked as assumed', () => {
    const coreweave = seed.accounts[0]!
    const customer = coreweave.contacts.find((c) => c.personId === 'dana-whitfield')

    expect(seed.accounts.map((a) => a.id)).toEqual(['coreweave', 'xai'])
    expect(customer?.provenance.source).toBe('assumed')
  })

  it('turns each task of the note into an action item linked to its note and line', () => {
    const first = seed.actionItems[0]!

    expect(seed.actionItems).toHaveLength(8)
    expect(first.source).toMatchObject({ noteId: '2025-10-29-cs-operating-model' })
    expect(first.source?.line).toBeGreaterThan(20)
  })
})
