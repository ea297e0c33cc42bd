import { describe, expect, it } from 'vitest'
import { findUnclosedOpener } from './unclosed-opener'

describe('findUnclosedOpener', () => {
  it('finds the line that leaves a bracket, a brace or a quoted value open', () => {
    expect(findUnclosedOpener(['title: x', 'tags: [a, b'])).toEqual({ index: 1, char: '[' })
    expect(findUnclosedOpener(['meta: {a: 1', 'tags: [a]'])).toEqual({ index: 0, char: '{' })
    expect(findUnclosedOpener(['title: "Weekly sync', 'x: 1'])).toEqual({ index: 0, char: '"' })
  })

  it('ignores closed values, apostrophes inside words, comments and escaped quotes', () => {
    const lines = [
      'participants: [Jordan, "Riley [Hart"]',
      "title: Riley's sync",
      'note: plain # a [ in a comment',
      'quote: "say \\"hi\\" [ok"',
      "single: 'it''s fine'",
    ]

    expect(findUnclosedOpener(lines)).toBeNull()
  })
})
