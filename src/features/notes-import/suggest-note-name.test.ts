import { describe, expect, it } from 'vitest'
import { suggestNoteName } from './suggest-note-name'

describe('suggestNoteName', () => {
  it('names a pasted note after its front-matter title, then its first heading', () => {
    expect(suggestNoteName('---\ntitle: "1:1 with Riley — CoreWeave"\n---\n# Other')).toBe(
      '1-1-with-riley-coreweave.md',
    )
    expect(suggestNoteName('Some text\n# Weekly sync: xAI\n- [ ] task')).toBe('weekly-sync-xai.md')
  })

  it('keeps letters of any script and drops accents', () => {
    expect(suggestNoteName('# Réunion Zoë 山田')).toBe('reunion-zoe-山田.md')
  })

  it('names a note with no title after the text of its first task, the same each time', () => {
    const note = '- [ ] Untitled note task one @Riley 📅 2025-12-01'

    expect(suggestNoteName(note)).toBe('pasted-untitled-note-task-one.md')
    expect(suggestNoteName(note)).toBe(suggestNoteName(note))
  })

  it('keeps the name when the task is ticked or its date and owner change', () => {
    const ticked = '\n- [x] Untitled note task one @Morgan 📅 2025-12-09 ✅ 2025-12-02\n- [ ] b'

    expect(suggestNoteName(ticked)).toBe('pasted-untitled-note-task-one.md')
  })

  it('gives two untitled notes with different first lines different names', () => {
    const first = suggestNoteName('- [ ] Order spare NICs for xAI @Myself')
    const second = suggestNoteName('- [ ] Renew TLS certificates for CoreWeave @Myself')

    expect(first).toBe('pasted-order-spare-nics-for-xai.md')
    expect(second).toBe('pasted-renew-tls-certificates-for-coreweave.md')
  })

  it('reads the first line after untitled front matter, and plain text lines', () => {
    expect(suggestNoteName('---\ndate: 2025-11-04\n---\n\n> Notes from the call #cs')).toBe(
      'pasted-notes-from-the-call.md',
    )
  })

  it('names text with no words by a hash of it, stable and different per text', () => {
    expect(suggestNoteName('# <>!?')).toMatch(/^pasted-[0-9a-f]{8}\.md$/)
    expect(suggestNoteName('# <>!?')).toBe(suggestNoteName('# <>!?'))
    expect(suggestNoteName('# <>!?')).not.toBe(suggestNoteName('# ?!<>'))
  })
})
