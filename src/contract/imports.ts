import { z } from 'zod'
import { actionItemSchema } from './action-items'
import { slugSchema } from './common'
import { noteMetaSchema } from './notes'

const MAX_NOTE_CHARS = 1_000_000

export const noteUploadSchema = z
  .object({
    notes: z
      .array(
        z.object({
          name: z.string().trim().min(1, 'each note needs a file name').max(255),
          text: z.string().max(MAX_NOTE_CHARS, 'a note may hold at most 1,000,000 characters'),
        }),
      )
      .min(1, 'send at least one note')
      .max(50, 'send at most 50 notes at once'),
    /** Ids of items edited in the app that the note should overwrite anyway. */
    overwrite: z.array(z.string()).default([]),
    /** Unknown owners as written (`@OwnerX`), mapped by the user to known people's ids. */
    ownerMap: z.record(z.string(), slugSchema).default({}),
  })
  .strict()
export type NoteUpload = z.input<typeof noteUploadSchema>

export const importChangeSchema = z.object({
  /** `gone`: an item from one of these notes that no task of it names any more; kept. */
  kind: z.enum(['create', 'update', 'unchanged', 'conflict', 'gone']),
  item: actionItemSchema,
  /** The stored item, for updates and conflicts. */
  existing: actionItemSchema.nullable(),
  /** Fields the note would change. */
  fields: z.array(z.string()),
})
export type ImportChange = z.infer<typeof importChangeSchema>

export const importPreviewSchema = z.object({
  notes: z.array(noteMetaSchema),
  changes: z.array(importChangeSchema),
})
export type ImportPreview = z.infer<typeof importPreviewSchema>

export const importResultSchema = z.object({
  notes: z.array(noteMetaSchema),
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  kept: z.number().int().min(0),
})
export type ImportResult = z.infer<typeof importResultSchema>
