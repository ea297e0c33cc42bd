import { z } from 'zod'
import { lazySchema } from './lazy-schema'
import { instantSchema, provenanceSchema, slugSchema } from './common'
import { coverageLevelSchema, rotaSchema, shiftSchema } from './rota'

/** One statement about an account, with where it comes from. */
export const factSchema = lazySchema(() =>
  z.object({
    id: slugSchema,
    label: z.string(),
    text: z.string(),
    provenance: provenanceSchema,
  }),
)
export type Fact = z.infer<typeof factSchema>

export const severitySchema = lazySchema(() => z.enum(['Sev1', 'Sev2', 'Sev3', 'Sev4']))
export type Severity = z.infer<typeof severitySchema>

export const slaSchema = lazySchema(() =>
  z.object({
    id: slugSchema,
    severity: severitySchema,
    metric: z.enum(['response', 'update', 'resolution']),
    /** The target in minutes; null when the note gives none. */
    targetMinutes: z.number().int().positive().nullable(),
    approximate: z.boolean(),
    hours: z.enum(['24x7', 'business']),
    /** The coverage level a responder needs to meet the target. */
    requiredCoverage: coverageLevelSchema,
    kind: z.enum(['SLA', 'SLO']),
    penalty: z.string(),
    provenance: provenanceSchema,
  }),
)
export type Sla = z.infer<typeof slaSchema>

export const contactSchema = lazySchema(() =>
  z.object({
    personId: slugSchema,
    role: z.string(),
    responsibilities: z.string(),
    provenance: provenanceSchema,
  }),
)
export type Contact = z.infer<typeof contactSchema>

export const channelSchema = lazySchema(() =>
  z.object({
    id: slugSchema,
    kind: z.enum(['chat', 'call', 'ticket']),
    name: z.string(),
    system: z.string(),
    usedFor: z.string(),
    provenance: provenanceSchema,
  }),
)
export type Channel = z.infer<typeof channelSchema>

export const escalationStepSchema = lazySchema(() =>
  z.object({
    order: z.number().int().min(1),
    who: z.string(),
    when: z.string(),
    provenance: provenanceSchema,
  }),
)
export type EscalationStep = z.infer<typeof escalationStepSchema>

export const requestSchema = lazySchema(() =>
  z.object({
    id: slugSchema,
    title: z.string(),
    status: z.enum(['open', 'not_possible_today', 'planned', 'delivered']),
    detail: z.string(),
    options: z.array(z.string()),
    provenance: provenanceSchema,
  }),
)
export type CustomerRequest = z.infer<typeof requestSchema>

export const coverageGapSchema = lazySchema(() =>
  z.object({
    start: instantSchema,
    end: instantSchema,
    minutes: z.number().int().min(0),
    reason: z.enum(['uncovered', 'monitored_only']),
    slaId: slugSchema,
    /** Holidays in the rota that removed shifts during the gap, by name. */
    holidays: z.array(z.string()).optional(),
  }),
)
export type CoverageGap = z.infer<typeof coverageGapSchema>

export const coverageStatusSchema = lazySchema(() =>
  z.object({
    onNow: z.array(shiftSchema),
    nextHandoff: instantSchema.nullable(),
    nextGap: coverageGapSchema.nullable(),
    /** Hours in the next 8 weeks when a Sev1 could not be answered within its target. */
    uncoveredHours: z.number().min(0),
    horizonWeeks: z.number().int().positive(),
  }),
)
export type CoverageStatus = z.infer<typeof coverageStatusSchema>

export const accountSchema = lazySchema(() =>
  z.object({
    id: slugSchema,
    name: z.string(),
    rank: z.number().int().positive(),
    rankLabel: z.string(),
    /** Where the rank comes from: the note says "largest" and "third largest". */
    rankProvenance: provenanceSchema,
    summary: z.string(),
    customerTimeZone: z.string(),
    contacts: z.array(contactSchema),
    teamIds: z.array(slugSchema),
    slas: z.array(slaSchema),
    channels: z.array(channelSchema),
    escalation: z.array(escalationStepSchema),
    deployment: z.array(factSchema),
    coverageModel: z.array(factSchema),
    commonIssues: z.array(factSchema),
    hardware: z.array(factSchema),
    requests: z.array(requestSchema),
    rota: rotaSchema,
  }),
)
export type Account = z.infer<typeof accountSchema>

export const accountSummarySchema = lazySchema(() =>
  z.object({
    id: slugSchema,
    name: z.string(),
    rank: z.number().int().positive(),
    rankLabel: z.string(),
    rankProvenance: provenanceSchema,
    summary: z.string(),
    sev1Response: slaSchema.nullable(),
    openItems: z.number().int().min(0),
    overdueItems: z.number().int().min(0),
    coverage: coverageStatusSchema,
  }),
)
export type AccountSummary = z.infer<typeof accountSummarySchema>

export const accountListSchema = lazySchema(() =>
  z.object({ accounts: z.array(accountSummarySchema) }),
)
export type AccountList = z.infer<typeof accountListSchema>

export const accountDetailSchema = lazySchema(() =>
  z.object({
    account: accountSchema,
    coverage: coverageStatusSchema,
    gaps: z.array(coverageGapSchema),
  }),
)
export type AccountDetail = z.infer<typeof accountDetailSchema>
