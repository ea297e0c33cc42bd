// Curly quotes, as word processors and phones type them, the modifier-letter apostrophe, primes.
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032]/g
const QUOTES = /[\u201C\u201D\u2033]/g

/**
 * Text as the search compares it: lower case, with typographic apostrophes and quotes made
 * straight, so `xai's` finds "xAI’s" and the other way round.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, "'").replace(QUOTES, '"')
}
