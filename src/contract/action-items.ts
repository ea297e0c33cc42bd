import { z } from 'zod'
import { lazySchema } from './lazy-schema'
import { calendarDateSchema, existingDateSchema, slugSchema, typedDateSchema } from './common'

export const priorityValues = ['highest', 'high', 'medium', 'none', 'low', 'lowest'] as const
export const prioritySchema = lazySchema(() => z.enum(priorityValues))
export type Priority = z.infer<typeof prioritySchema>

/** Obsidian Tasks statuses, plus `proposed` for the `[?]` symbol the notes use. */
export const statusValues = ['todo', 'in_progress', 'done', 'cancelled', 'proposed'] as const
export const statusSchema = lazySchema(() => z.enum(statusValues))
export type Status = z.infer<typeof statusSchema>

export const dueBucketValues = [
  'overdue',
  'today',
  'this_week',
  'next_7_days',
  'later',
  'none',
  'invalid',
] as const
export const dueBucketSchema = lazySchema(() => z.enum(dueBucketValues))
export type DueBucket = z.infer<typeof dueBucketSchema>

export const itemSourceSchema = lazySchema(() =>
  z.object({
    noteId: z.string(),
    notePath: z.string(),
    noteTitle: z.string(),
    line: z.number().int().positive(),
    blockId: z.string().nullable(),
  }),
)
export type ItemSource = z.infer<typeof itemSourceSchema>

export const actionItemSchema = lazySchema(() =>
  z.object({
    id: z.string().min(1),
    title: z.string(),
    /** The status symbol exactly as written between the brackets. */
    statusSymbol: z.string().length(1),
    status: statusSchema,
    ownerId: slugSchema.nullable(),
    /** The owner as written in the note (`@Myself`), kept for unknown owners. */
    ownerLabel: z.string().nullable(),
    due: calendarDateSchema.nullable(),
    scheduled: calendarDateSchema.nullable(),
    start: calendarDateSchema.nullable(),
    created: calendarDateSchema.nullable(),
    done: calendarDateSchema.nullable(),
    cancelled: calendarDateSchema.nullable(),
    priority: prioritySchema,
    tags: z.array(z.string()),
    recurrence: z.string().nullable(),
    accountIds: z.array(slugSchema),
    source: itemSourceSchema.nullable(),
    warnings: z.array(z.string()),
    version: z.number().int().min(1),
    /**
     * The version a note last wrote (1 when left out). A higher `version` means the item was
     * edited in the app since, and importing the note again asks before overwriting it.
     */
    noteVersion: z.number().int().min(1).optional(),
    updatedAt: z.string(),
  }),
)
export type ActionItem = z.infer<typeof actionItemSchema>

export const actionItemSortValues = [
  'due',
  '-due',
  'priority',
  '-priority',
  'owner',
  'account',
] as const
export const actionItemSortSchema = lazySchema(() => z.enum(actionItemSortValues))
export type ActionItemSort = z.infer<typeof actionItemSortSchema>

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(item))

/**
 * Query parameters of `GET /api/action-items`, as strings in the URL. The server parses
 * them with this schema and answers 400 naming the parameter when one does not fit.
 */
export const actionItemQuerySchema = lazySchema(() =>
  z
    .object({
      owner: csv(z.union([slugSchema, z.literal('unassigned')])).optional(),
      account: csv(z.union([slugSchema, z.literal('none')])).optional(),
      status: csv(statusSchema).optional(),
      priority: csv(prioritySchema).optional(),
      due: csv(dueBucketSchema).optional(),
      dueFrom: typedDateSchema.optional(),
      dueTo: typedDateSchema.optional(),
      tag: z.string().optional(),
      q: z.string().max(200).optional(),
      today: existingDateSchema.optional(),
      weekStart: z.enum(['mon', 'sun']).default('mon'),
      sort: actionItemSortSchema.default('due'),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(500).default(50),
    })
    .strict()
    .refine((q) => !q.dueFrom || !q.dueTo || q.dueFrom <= q.dueTo, {
      message: 'dueFrom must be on or before dueTo',
      path: ['dueFrom'],
    }),
)
export type ActionItemQuery = z.infer<typeof actionItemQuerySchema>

export const facetCountsSchema = lazySchema(() => z.record(z.string(), z.number().int().min(0)))

export const actionItemListSchema = lazySchema(() =>
  z.object({
    items: z.array(actionItemSchema),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    /** For each filter, how many items each option would leave with the other filters applied. */
    facets: z.object({
      owner: facetCountsSchema,
      account: facetCountsSchema,
      status: facetCountsSchema,
      priority: facetCountsSchema,
      due: facetCountsSchema,
    }),
  }),
)
export type ActionItemList = z.infer<typeof actionItemListSchema>

/** The longest title the API takes; a longer one is refused, never cut. */
export const TITLE_MAX_LENGTH = 2000

const lineBreaks = /\s*[\n\r\v\f\u0085\u2028\u2029]\s*/g

/**
 * A title on one line: each line break, with the spaces around it, becomes one space. A title
 * is one line, as a task in a note is, and a one-line field would glue its lines together.
 */
export function toOneLine(text: string): string {
  return text.replace(lineBreaks, ' ')
}

/** Line breaks are taken and turned into spaces, as spaces at the ends are trimmed. */
const titleSchema = lazySchema(() =>
  z.string().overwrite(toOneLine).trim().min(1, 'title cannot be empty').max(TITLE_MAX_LENGTH),
)

export const actionItemPatchSchema = lazySchema(() =>
  z
    .object({
      title: titleSchema,
      status: statusSchema,
      ownerId: slugSchema.nullable(),
      due: typedDateSchema.nullable(),
      priority: prioritySchema,
      accountIds: z.array(slugSchema),
      /** The version the client edited; a stale one is refused with 409. */
      version: z.number().int().min(1),
    })
    .partial()
    .strict(),
)
export type ActionItemPatch = z.infer<typeof actionItemPatchSchema>

export const actionItemCreateSchema = lazySchema(() =>
  z
    .object({
      title: titleSchema,
      status: statusSchema.default('todo'),
      ownerId: slugSchema.nullable().default(null),
      due: typedDateSchema.nullable().default(null),
      priority: prioritySchema.default('none'),
      accountIds: z.array(slugSchema).default([]),
      tags: z
        .array(z.string().regex(/^#[^\s#]+$/, 'a tag starts with # and has no spaces'))
        .default([]),
      /** The viewer's calendar date, which becomes `created`; default: today in UTC. */
      today: existingDateSchema.optional(),
    })
    .strict(),
)
export type ActionItemCreate = z.input<typeof actionItemCreateSchema>

export const actionItemBulkPatchSchema = lazySchema(() =>
  z
    .object({
      ids: z.array(z.string().min(1)).min(1, 'select at least one item').max(1000),
      patch: actionItemPatchSchema.refine((p) => p.version === undefined, {
        message: 'a bulk change cannot carry a version',
      }),
    })
    .strict(),
)
export type ActionItemBulkPatch = z.infer<typeof actionItemBulkPatchSchema>

export const actionItemBulkResultSchema = lazySchema(() =>
  z.object({ items: z.array(actionItemSchema) }),
)
