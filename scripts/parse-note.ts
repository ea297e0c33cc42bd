import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { peopleResponseSchema } from '@/contract/people'
import { decodeNoteBytes } from '@/domain/notes/decode-note-bytes'
import { seedAccountAliases } from '@/domain/notes/known-accounts'
import { parseNote } from '@/domain/notes/parse-note'
import { noteIdOf } from '../mocks/seed/build-seed'

const peopleFile = new URL('../mocks/data/people.json', import.meta.url)

function fail(message: string): never {
  console.error(`parse-note: ${message}`)
  process.exit(1)
}

async function readBytes(path: string | URL, what: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail(`cannot read ${what}: ${reason}`)
  }
}

async function readText(path: string | URL, what: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(path, what))
}

/** Decoded as the import page decodes a chosen file, so both give the same result. */
async function readNote(path: string) {
  const decoded = decodeNoteBytes(await readBytes(path, path))
  return decoded.kind === 'binary' ? fail(`${path} is not a text file`) : decoded
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

  const { text, encoding } = await readNote(path)
  const people = await loadPeople()
  // Named as the import page names an uploaded file, so both give the same result.
  const { meta, tasks } = parseNote(text, {
    noteId: noteIdOf(path),
    notePath: basename(path),
    encoding,
    people,
    accounts: seedAccountAliases,
  })
  console.log(JSON.stringify({ meta, tasks }, null, 2))
}

await main()
