import { z } from 'zod'
import { lazySchema } from './lazy-schema'
import { calendarDateSchema } from './common'

export const noteWarningSchema = lazySchema(() =>
  z.object({
    line: z.number().int().positive().nullable(),
    code: z.enum([
      'not-utf8',
      'repaired-text',
      'unread-signifier',
      'invalid-date',
      'unknown-owner',
      'unknown-status',
      'front-matter',
      'no-owner',
      'malformed-task',
    ]),
    message: z.string(),
  }),
)
export type NoteWarning = z.infer<typeof noteWarningSchema>

export const noteMetaSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    path: z.string(),
    title: z.string(),
    date: calendarDateSchema.nullable(),
    participants: z.array(z.string()),
    tags: z.array(z.string()),
    author: z.string().nullable(),
    repaired: z.boolean(),
    itemCount: z.number().int().min(0),
    warnings: z.array(noteWarningSchema),
  }),
)
export type NoteMeta = z.infer<typeof noteMetaSchema>

export const noteListSchema = lazySchema(() => z.object({ notes: z.array(noteMetaSchema) }))
