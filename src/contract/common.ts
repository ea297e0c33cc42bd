import { z } from 'zod'
import { lazySchema } from './lazy-schema'

/** A calendar date as written, `YYYY-MM-DD`. It may still be impossible (2025-02-30). */
export const calendarDateSchema = lazySchema(() =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
)

function isExistingDay(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number)
  const date = new Date(0)
  // Not Date.UTC(year, …), which reads the years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(year, month - 1, day)
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/**
 * A calendar date that exists. Notes may hold impossible dates, so items keep them as
 * written; a query or a user's own edit must name a real day.
 */
export const existingDateSchema = lazySchema(() =>
  calendarDateSchema.refine(isExistingDay, {
    message: 'no such day in the calendar',
  }),
)

/**
 * The calendar years the app shows and the API expands rotas in. Wide enough for any rota,
 * and every instant in them is written with a plain four-digit year.
 */
export const SUPPORTED_YEARS = { first: 1900, last: 2999 } as const

const DAY_MS = 86_400_000

/**
 * Whether an instant lies within the supported years, give or take a day: a zone's offset
 * moves the start and end of a local day in them by up to 14 hours from midnight UTC.
 */
export function isSupportedInstant(instant: string): boolean {
  const epochMs = Date.parse(instant)
  const earliest = Date.UTC(SUPPORTED_YEARS.first, 0, 1) - DAY_MS
  const latest = Date.UTC(SUPPORTED_YEARS.last + 1, 0, 1) + DAY_MS
  return epochMs >= earliest && epochMs <= latest
}

/**
 * The first year of a date a person types that is taken as meant. Chromium pads a year typed
 * short with zeros (26 becomes 0026), so an earlier year was left incomplete; from 1000 on,
 * four digits were typed, and a slip such as 1026 cannot be told from a date meant.
 */
export const FIRST_TYPED_YEAR = 1000

/** What is wrong with a `YYYY-MM-DD` date whose year was typed short, in words, or null. */
export function describeIncompleteYear(date: string): string | null {
  const year = date.slice(0, 4)
  if (!/^\d{4}-/.test(date) || Number(year) >= FIRST_TYPED_YEAR) return null
  // Two digits are most likely this century's; three could be any decade of it.
  const guess = Number(year) < 100 ? ` (${2000 + Number(year)}?)` : ''
  return `the year ${year} looks incomplete: type all four digits${guess}`
}

/** A date a person chose, for a filter or a due date: a day that exists, its year in full. */
export const typedDateSchema = lazySchema(() =>
  existingDateSchema.refine((value) => describeIncompleteYear(value) === null, {
    error: (issue) => describeIncompleteYear(String(issue.input)) ?? 'the year is incomplete',
  }),
)

/** An instant in UTC, ISO 8601 with a `Z`. */
export const instantSchema = lazySchema(() => z.iso.datetime({ offset: false }))

export const slugSchema = lazySchema(() =>
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case slug'),
)

/**
 * Where a fact comes from. `note` facts carry the line of the meeting note they were read
 * from; `assumed` facts are values the note lacks and we chose. `confirmed` says whether
 * anyone has confirmed it; `remark` says what still needs confirming and with whom.
 */
export const provenanceSchema = lazySchema(() =>
  z.object({
    source: z.enum(['note', 'assumed']),
    noteId: z.string().nullable(),
    line: z.number().int().positive().nullable(),
    quote: z.string().nullable(),
    confirmed: z.boolean(),
    remark: z.string().nullable(),
  }),
)
export type Provenance = z.infer<typeof provenanceSchema>

export const apiErrorSchema = lazySchema(() =>
  z.object({
    error: z.object({
      status: z.number().int(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
    }),
  }),
)
export type ApiError = z.infer<typeof apiErrorSchema>
