import { z } from 'zod'
import { lazySchema } from '@/contract/lazy-schema'
import {
  accountSchema,
  actionItemSchema,
  calendarDateSchema,
  noteMetaSchema,
  personSchema,
  teamSchema,
} from '@/contract'
import type { SeedData } from './build-seed'

export const GENERATED_DATASET_FORMAT = 'opmodel-generated-dataset'
export const GENERATED_DATASET_VERSION = 1

/** Where the browser looks for the file `npm run generate` writes into `public/`. */
export const GENERATED_DATASET_PATH = 'generated/dataset.json'

/** A whole mock-backend seed written by `npm run generate`, checked with the contract. */
export const generatedDatasetSchema = lazySchema(() =>
  z.object({
    format: z.literal(GENERATED_DATASET_FORMAT),
    version: z.literal(GENERATED_DATASET_VERSION),
    seed: z.number().int(),
    /** The day the due dates spread around. */
    anchor: calendarDateSchema,
    accounts: z.array(accountSchema),
    people: z.array(personSchema),
    teams: z.array(teamSchema),
    notes: z.array(noteMetaSchema),
    actionItems: z.array(actionItemSchema),
  }),
)
export type GeneratedDataset = z.infer<typeof generatedDatasetSchema>

export function seedFromDataset(dataset: GeneratedDataset): SeedData {
  const { accounts, people, teams, notes, actionItems } = dataset
  return { origin: 'generated', accounts, people, teams, notes, actionItems, problems: [] }
}
