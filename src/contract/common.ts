import { z } from 'zod'

/** A calendar date as written, `YYYY-MM-DD`. It may still be impossible (2025-02-30). */
export const calendarDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')

/** An instant in UTC, ISO 8601 with a `Z`. */
export const instantSchema = z.iso.datetime({ offset: false })

export const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case slug')

/**
 * Where a fact comes from. `note` facts carry the line of the meeting note they were read
 * from; `assumed` facts are values the note lacks and we chose. `confirmed` says whether
 * anyone has confirmed it; `remark` says what still needs confirming and with whom.
 */
export const provenanceSchema = z.object({
  source: z.enum(['note', 'assumed']),
  noteId: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  quote: z.string().nullable(),
  confirmed: z.boolean(),
  remark: z.string().nullable(),
})
export type Provenance = z.infer<typeof provenanceSchema>

export const apiErrorSchema = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
  }),
})
export type ApiError = z.infer<typeof apiErrorSchema>
