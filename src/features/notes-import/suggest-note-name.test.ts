import { describe, expect, it } from 'vitest'
import { suggestNoteName } from './suggest-note-name'

const at = new Date('2026-12-04T05:21:07Z')

describe('suggestNoteName', () => {
  it('names a pasted note after its front-matter title, then its first heading', () => {
    expect(suggestNoteName('---\ntitle: "1:1 with Riley — CoreWeave"\n---\n# Other', at)).toBe(
      '1-1-with-riley-coreweave.md',
    )
    expect(suggestNoteName('Some text\n# Weekly sync: xAI\n- [ ] task', at)).toBe(
      'weekly-sync-xai.md',
    )
  })

  it('keeps letters of any script and drops accents', () => {
    expect(suggestNoteName('# Réunion Zoë 山田', at)).toBe('reunion-zoe-山田.md')
  })

  it('stamps a note with no title with the time it was pasted, so pastes differ', () => {
    expect(suggestNoteName('- [ ] Order spare NICs @Myself', at)).toBe('pasted-20261204-052107.md')
    expect(suggestNoteName('# <>!?', at)).toBe('pasted-20261204-052107.md')
  })
})
