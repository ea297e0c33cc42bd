import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { peopleResponseSchema } from '@/contract/people'
import { seedAccountAliases } from '@/domain/notes/known-accounts'
import { parseNote } from '@/domain/notes/parse-note'
import { noteIdOf } from '../mocks/seed/build-seed'

const peopleFile = new URL('../mocks/data/people.json', import.meta.url)

function fail(message: string): never {
  console.error(`parse-note: ${message}`)
  process.exit(1)
}

async function readText(path: string | URL, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail(`cannot read ${what}: ${reason}`)
  }
}

async function loadPeople() {
  const text = await readText(peopleFile, 'mocks/data/people.json')
  try {
    return peopleResponseSchema.parse(JSON.parse(text)).people
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail(`mocks/data/people.json is not a valid people file: ${reason}`)
  }
}

async function main() {
  const path = process.argv[2]
  if (!path) fail('usage: npm run parse-note -- FILE.md')

  const raw = await readText(path, path)
  const people = await loadPeople()
  // Named as the import page names an uploaded file, so both give the same result.
  const { meta, tasks } = parseNote(raw, {
    noteId: noteIdOf(path),
    notePath: basename(path),
    people,
    accounts: seedAccountAliases,
  })
  console.log(JSON.stringify({ meta, tasks }, null, 2))
}

await main()
