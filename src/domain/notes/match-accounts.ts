import type { AccountAlias } from './known-accounts'

export type AccountMatcher = (text: string) => string[]

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Builds a matcher that names the accounts whose name or alias appears in a text as a
 * whole word, case-insensitively, in the order the accounts are given.
 */
export function createAccountMatcher(accounts: AccountAlias[]): AccountMatcher {
  const patterns = accounts.map((account) => {
    const words = [account.name, ...account.aliases].filter(Boolean).map(escapeRegExp)
    if (words.length === 0) return { id: account.id, pattern: /(?!)/ }
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}_])(?:${words.join('|')})(?![\\p{L}\\p{N}_])`,
      'iu',
    )
    return { id: account.id, pattern }
  })
  return (text) => patterns.filter(({ pattern }) => pattern.test(text)).map(({ id }) => id)
}
