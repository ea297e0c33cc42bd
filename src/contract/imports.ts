import { z } from 'zod'
import { lazySchema } from './lazy-schema'
import { actionItemSchema } from './action-items'
import { slugSchema } from './common'
import { noteMetaSchema } from './notes'

const MAX_NOTE_CHARS = 1_000_000

/**
 * How the client read a chosen file's bytes, by WHATWG label. `windows-1252` is the fallback
 * for a file that is not UTF-8, and the note is warned about it; pasted text is `utf-8`.
 */
export const noteEncodingSchema = lazySchema(() =>
  z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']),
)
export type NoteEncoding = z.infer<typeof noteEncodingSchema>

/**
 * What a note says about a task: the item's fields a note decides. The store keeps them as
 * they were at the last import, the base each field is merged from when the note comes again.
 */
export const noteFieldsSchema = lazySchema(() =>
  actionItemSchema.pick({
    title: true,
    statusSymbol: true,
    status: true,
    ownerId: true,
    ownerLabel: true,
    due: true,
    scheduled: true,
    start: true,
    created: true,
    done: true,
    cancelled: true,
    priority: true,
    tags: true,
    recurrence: true,
    accountIds: true,
  }),
)
export type NoteFields = z.infer<typeof noteFieldsSchema>

/**
 * The fields merged one by one on a re-import. `status` carries its symbol with it, and
 * `ownerId` the owner as written.
 */
export const mergeFieldValues = [
  'title',
  'status',
  'ownerId',
  'due',
  'scheduled',
  'start',
  'created',
  'done',
  'cancelled',
  'priority',
  'tags',
  'recurrence',
  'accountIds',
] as const
export const mergeFieldSchema = lazySchema(() => z.enum(mergeFieldValues))
export type MergeField = z.infer<typeof mergeFieldSchema>

/** For a field changed both in the app and in the note: whose value to keep. */
export const mergeChoiceSchema = lazySchema(() => z.enum(['app', 'note']))
export type MergeChoice = z.infer<typeof mergeChoiceSchema>

export const noteUploadSchema = lazySchema(() =>
  z
    .object({
      notes: z
        .array(
          z.object({
            name: z.string().trim().min(1, 'each note needs a file name').max(255),
            text: z.string().max(MAX_NOTE_CHARS, 'a note may hold at most 1,000,000 characters'),
            encoding: noteEncodingSchema.default('utf-8'),
          }),
        )
        .min(1, 'send at least one note')
        .max(50, 'send at most 50 notes at once'),
      /** Ids of items whose every conflicting field takes the note's value. */
      overwrite: z.array(z.string()).default([]),
      /**
       * Per item id, whose value each conflicting field keeps. A conflict left out keeps the
       * app's value; a choice for a field that is not in conflict changes nothing.
       */
      choices: z
        .record(z.string().min(1), z.partialRecord(mergeFieldSchema, mergeChoiceSchema))
        .default({}),
      /** Unknown owners as written (`@OwnerX`), mapped by the user to known people's ids. */
      ownerMap: z.record(z.string(), slugSchema).default({}),
    })
    .strict(),
)
export type NoteUpload = z.input<typeof noteUploadSchema>
export type NoteUploadData = z.output<typeof noteUploadSchema>

export const importChangeSchema = lazySchema(() =>
  z.object({
    /**
     * `update`: the note changed fields the app did not; `conflict`: at least one field was
     * changed on both sides, to different values; `gone`: an item from one of these notes
     * that no task of it names any more, kept.
     */
    kind: z.enum(['create', 'update', 'unchanged', 'conflict', 'gone']),
    /** The item as importing saves it when every conflict keeps the app's value. */
    item: actionItemSchema,
    /** The stored item, for updates and conflicts. */
    existing: actionItemSchema.nullable(),
    /** Item fields the note changes, those the app did not change since the last import. */
    fields: z.array(z.string()),
    /** Fields changed both in the app and in the note since the last import: the user decides. */
    conflicts: z.array(mergeFieldSchema),
    /** Fields changed only in the app since the last import, which the note leaves alone. */
    kept: z.array(mergeFieldSchema),
    /** What the note says now, for a stored item; null for a new or a gone one. */
    note: noteFieldsSchema.nullable(),
  }),
)
export type ImportChange = z.infer<typeof importChangeSchema>

export const importPreviewSchema = lazySchema(() =>
  z.object({
    notes: z.array(noteMetaSchema),
    changes: z.array(importChangeSchema),
  }),
)
export type ImportPreview = z.infer<typeof importPreviewSchema>

export const importResultSchema = lazySchema(() =>
  z.object({
    notes: z.array(noteMetaSchema),
    created: z.number().int().min(0),
    /** Items the import changed, whole or in part. */
    updated: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    /** Items, updated or not, where at least one conflicting field kept the app's value. */
    kept: z.number().int().min(0),
    /** Items whose tasks the notes no longer have: kept in the app as they were. */
    gone: z.number().int().min(0).default(0),
  }),
)
export type ImportResult = z.infer<typeof importResultSchema>
