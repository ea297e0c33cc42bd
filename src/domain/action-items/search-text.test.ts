import { describe, expect, it } from 'vitest'
import { foldForSearch } from './search-text'

describe('foldForSearch', () => {
  it('makes case and typographic apostrophes and quotes alike', () => {
    expect(foldForSearch('xAI’s “Sev1” plan')).toBe(foldForSearch(`XAI's "sev1" PLAN`))
    expect(foldForSearch('Don’t')).toBe("don't")
  })
})
