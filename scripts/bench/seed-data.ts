import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { slaSchema, type Sla } from '@/contract/accounts'
import { peopleResponseSchema, type PeopleResponse } from '@/contract/people'
import { rotaSchema, type Rota } from '@/contract/rota'

const DATA = join(import.meta.dirname, '../../mocks/data/')
const SEED_ACCOUNTS = ['coreweave', 'xai'] as const
const accountFileSchema = z.object({ id: z.string(), name: z.string(), slas: z.array(slaSchema) })

export interface SeedAccount {
  id: string
  name: string
  rota: Rota
  slas: Sla[]
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(DATA, path), 'utf8'))
}

export function readSeedPeople(): PeopleResponse {
  return peopleResponseSchema.parse(readJson('people.json'))
}

/** The seed accounts' rotas and SLAs, validated with the contract's schemas. */
export function readSeedAccounts(): SeedAccount[] {
  return SEED_ACCOUNTS.map((id) => {
    const account = accountFileSchema.parse(readJson(`accounts/${id}.json`))
    const rota = rotaSchema.parse(readJson(`rotas/${id}.json`))
    return { id, name: account.name, rota, slas: account.slas }
  })
}
