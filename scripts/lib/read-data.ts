import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { peopleResponseSchema, type PeopleResponse } from '@/contract/people'
import { parseRotaFile, type ParseRotaResult } from '@/domain/rota'

// import.meta.dirname, since vitest's jsdom environment gives import.meta.url an http scheme.
const DATA = join(import.meta.dirname, '../../mocks/data/')

export const SEED_ACCOUNTS = ['coreweave', 'xai'] as const

export function readPeople(): PeopleResponse {
  return peopleResponseSchema.parse(JSON.parse(readFileSync(`${DATA}people.json`, 'utf8')))
}

export function getSeedRotaPath(accountId: string): string {
  return `${DATA}rotas/${accountId}.json`
}

/** The account's display name from its seed file; the id when there is none. */
export function readAccountName(accountId: string): string {
  try {
    const account = JSON.parse(readFileSync(`${DATA}accounts/${accountId}.json`, 'utf8')) as {
      name?: unknown
    }
    return typeof account.name === 'string' ? account.name : accountId
  } catch {
    return accountId
  }
}

export function readRotaFile(path: string, people: PeopleResponse): ParseRotaResult {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return { ok: false, message: `${path}: ${(error as Error).message}` }
  }
  const result = parseRotaFile(json, people.people)
  return result.ok ? result : { ok: false, message: `${path}:\n${result.message}` }
}
