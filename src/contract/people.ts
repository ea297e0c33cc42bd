import { z } from 'zod'
import { lazySchema } from './lazy-schema'
import { provenanceSchema, slugSchema } from './common'

export const personSchema = lazySchema(() =>
  z.object({
    id: slugSchema,
    name: z.string().min(1),
    title: z.string(),
    organization: z.string(),
    side: z.enum(['vendor', 'customer']),
    teamId: slugSchema.nullable(),
    timeZone: z.string().min(1),
    email: z.string().nullable(),
    provenance: provenanceSchema,
  }),
)
export type Person = z.infer<typeof personSchema>

export const teamSchema = lazySchema(() =>
  z.object({
    id: slugSchema,
    name: z.string().min(1),
    purpose: z.string(),
    region: z.string().nullable(),
    timeZone: z.string().nullable(),
    provenance: provenanceSchema,
  }),
)
export type Team = z.infer<typeof teamSchema>

export const peopleResponseSchema = lazySchema(() =>
  z.object({
    people: z.array(personSchema),
    teams: z.array(teamSchema),
  }),
)
export type PeopleResponse = z.infer<typeof peopleResponseSchema>
