import type { SeedSources } from './seed-sources'

// Every note dropped in mocks/data/notes is read as it is on disk, mis-decoded text and all.
const notes = import.meta.glob<string>('../data/notes/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const accounts = import.meta.glob<unknown>('../data/accounts/*.json', {
  import: 'default',
  eager: true,
})
const rotas = import.meta.glob<unknown>('../data/rotas/*.json', { import: 'default', eager: true })
const people = import.meta.glob<unknown>('../data/people.json', { import: 'default', eager: true })

export function readBundledSources(): SeedSources {
  return {
    notes: Object.entries(notes).map(([path, text]) => ({
      path: path.replace('../', 'mocks/'),
      text,
    })),
    people: Object.values(people)[0],
    accounts: Object.values(accounts),
    rotas: Object.values(rotas),
  }
}
