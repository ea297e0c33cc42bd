import type { SeedSources } from '../../../mocks/seed/seed-sources'

/**
 * Fields a person reads: names, labels, roles, remarks. Ids, zones, times and enum values
 * are left alone, since the schemas refuse anything else there before a page could show it.
 */
const TEXT_KEYS = new Set([
  'name',
  'rankLabel',
  'summary',
  'detail',
  'label',
  'options',
  'organization',
  'penalty',
  'purpose',
  'remark',
  'responsibilities',
  'role',
  'system',
  'text',
  'title',
  'usedFor',
  'when',
  'who',
])

/** One of each kind of trouble, labelled with the field so a test can find it on the page. */
export const HOSTILE_KINDS = [
  (field: string) => `<img src=x onerror=alert('${field}')> ${field}`,
  (field: string) => `javascript:alert('${field}')`,
  (field: string) => `=HYPERLINK("http://evil.example","${field}")`,
  (field: string) => `${field} first line\nsecond line\r\nthird; with, commas \\ backslash`,
  (field: string) => `\u202E${field} gpj.exe\u202C`,
  (field: string) => `${field} ${'W'.repeat(10_000)}`,
  (field: string) => `@${field} +SUM(A1) -1\ttab <script>alert('${field}')</script>`,
]

/**
 * The seed's account, people and rota files with every text field replaced by a hostile
 * string, taking each kind in turn. The note is kept, so quotes still find their lines.
 */
export function makeSourcesHostile(sources: SeedSources): SeedSources {
  let count = 0
  const replace = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') {
      if (key === null || !TEXT_KEYS.has(key)) return value
      const kind = HOSTILE_KINDS[count++ % HOSTILE_KINDS.length]!
      return kind(key)
    }
    if (Array.isArray(value)) return value.map((child) => replace(child, key))
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([k, child]) => [k, replace(child, k)]))
  }
  return {
    notes: sources.notes,
    people: replace(sources.people, null),
    accounts: sources.accounts.map((account) => replace(account, null)),
    rotas: sources.rotas.map((rota) => replace(rota, null)),
  }
}
