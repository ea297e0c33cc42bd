import {
  GENERATED_DATASET_FORMAT,
  GENERATED_DATASET_VERSION,
  generatedDatasetSchema,
  type GeneratedDataset,
} from '../../mocks/seed/generated-dataset'
import { generateItems } from '../bench/generate-items'
import { createRandom } from '../bench/random'
import { accountNames, generateAccount } from './accounts'
import { generatePeople, TEAMS } from './people'
import { actionTitle } from './vocabulary'

export interface DatasetOptions {
  accounts: number
  items: number
  seed: number
  /** The day due dates spread around; fixed by default so the seed alone decides the bytes. */
  anchor: string
}

export const DEFAULT_ANCHOR = '2026-12-01'

/** About one engineer per eight accounts, at least enough to staff every rota layer. */
function peopleCount(accounts: number): number {
  return Math.min(300, Math.max(24, Math.ceil(accounts / 8)))
}

/** A whole data set from a seed: the same options always give the same value. */
export function buildDataset(options: DatasetOptions): GeneratedDataset {
  const random = createRandom(options.seed)
  const people = generatePeople(random, peopleCount(options.accounts))
  const names = accountNames(random, options.accounts)
  const rotaRandom = createRandom(options.seed + 1)
  const accounts = names.map((name, i) => generateAccount(rotaRandom, i, name, people))
  const { items } = generateItems(options.items, options.seed + 2, {
    owners: people,
    accounts,
    anchor: options.anchor,
    title: actionTitle,
    invalidDueShare: 0.004,
  })

  return {
    format: GENERATED_DATASET_FORMAT,
    version: GENERATED_DATASET_VERSION,
    seed: options.seed,
    anchor: options.anchor,
    accounts,
    people,
    teams: TEAMS,
    notes: [],
    actionItems: items,
  }
}

/** Checks the data set against the contract and writes it as compact JSON. */
export function serializeDataset(dataset: GeneratedDataset): string {
  return JSON.stringify(generatedDatasetSchema.parse(dataset))
}
