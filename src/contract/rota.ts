import { z } from 'zod'
import { lazySchema } from './lazy-schema'
import { calendarDateSchema, instantSchema, provenanceSchema, slugSchema } from './common'

export const weekdaySchema = lazySchema(() =>
  z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
)
export type Weekday = z.infer<typeof weekdaySchema>

export const timeOfDaySchema = lazySchema(() =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a wall-clock time HH:MM (00:00 to 23:59)'),
)

/** A wall-clock window in the layer's zone. `end` at or before `start` runs past midnight. */
export const windowSchema = lazySchema(() =>
  z.object({
    days: z.array(weekdaySchema).min(1),
    start: timeOfDaySchema,
    end: timeOfDaySchema,
  }),
)
export type RotaWindow = z.infer<typeof windowSchema>

export const rotationSchema = lazySchema(() =>
  z.object({
    kind: z.enum(['daily', 'weekly', 'every_n_days']),
    everyDays: z.number().int().min(1).max(366).optional(),
    /** Handoffs happen at this wall-clock time in the layer's zone (on `handoffDay` if weekly). */
    handoffTime: timeOfDaySchema,
    handoffDay: weekdaySchema.optional(),
    /** The calendar date on which the first member's turn starts. */
    anchor: calendarDateSchema,
    members: z.array(slugSchema).min(1),
  }),
)
export type Rotation = z.infer<typeof rotationSchema>

export const coverageLevelSchema = lazySchema(() => z.enum(['full', 'monitored']))
export type CoverageLevel = z.infer<typeof coverageLevelSchema>

export const layerSchema = lazySchema(() =>
  z.object({
    id: slugSchema,
    name: z.string().min(1),
    role: z.string().min(1),
    teamId: slugSchema,
    timeZone: z.string().min(1),
    coverage: coverageLevelSchema,
    windows: z.array(windowSchema).min(1),
    rotation: rotationSchema,
    provenance: provenanceSchema.optional(),
  }),
)
export type Layer = z.infer<typeof layerSchema>

export const overrideSchema = lazySchema(() =>
  z.object({
    id: slugSchema,
    layerId: slugSchema,
    start: instantSchema,
    end: instantSchema,
    personId: slugSchema,
    reason: z.string().default(''),
  }),
)
export type Override = z.infer<typeof overrideSchema>

export const holidaySchema = lazySchema(() =>
  z.object({
    date: calendarDateSchema,
    name: z.string(),
    /** Layers the holiday removes for that calendar day (in each layer's zone); empty means all. */
    layerIds: z.array(slugSchema).default([]),
  }),
)
export type Holiday = z.infer<typeof holidaySchema>

export const rotaSchema = lazySchema(() =>
  z.object({
    version: z.literal(1),
    accountId: slugSchema,
    /** The customer's zone, the first of the three clocks on the week view. */
    customerTimeZone: z.string().min(1),
    layers: z.array(layerSchema).min(1),
    overrides: z.array(overrideSchema).default([]),
    holidays: z.array(holidaySchema).default([]),
  }),
)
export type Rota = z.infer<typeof rotaSchema>

export const shiftSchema = lazySchema(() =>
  z.object({
    /** Stable across exports: the same shift always has the same uid. */
    uid: z.string().min(1),
    accountId: slugSchema,
    layerId: slugSchema,
    layerName: z.string(),
    role: z.string(),
    teamId: slugSchema,
    assigneeId: slugSchema,
    start: instantSchema,
    end: instantSchema,
    timeZone: z.string(),
    coverage: coverageLevelSchema,
    source: z.enum(['rotation', 'override']),
    /** Rises each time the shift is changed (an override replacing its assignee). */
    sequence: z.number().int().min(0),
  }),
)
export type Shift = z.infer<typeof shiftSchema>

export const shiftsResponseSchema = lazySchema(() =>
  z.object({
    accountId: slugSchema,
    from: instantSchema,
    to: instantSchema,
    shifts: z.array(shiftSchema),
    /** Shifts the rota would have had in the range but a holiday removed (STATUS:CANCELLED). */
    cancelled: z.array(shiftSchema).default([]),
  }),
)
export type ShiftsResponse = z.infer<typeof shiftsResponseSchema>
