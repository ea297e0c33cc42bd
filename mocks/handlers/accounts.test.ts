import { describe, expect, it } from 'vitest'
import {
  accountDetailSchema,
  accountListSchema,
  apiErrorSchema,
  shiftsResponseSchema,
} from '@/contract'
import { startTestBackend } from '../../tests/setup/render-route'

startTestBackend()
const base = 'http://localhost/api/accounts'
const now = '2026-03-25T15:00:00.000Z'

describe('GET /api/accounts', () => {
  it('lists the accounts in rank order with items, the Sev1 target and coverage', async () => {
    const body = accountListSchema.parse(
      await (await fetch(`${base}?today=2025-11-09&now=${now}`)).json(),
    )
    const [coreweave, xai] = body.accounts

    expect(body.accounts.map((a) => a.name)).toEqual(['CoreWeave', 'xAI'])
    expect(coreweave?.rankLabel).toBe('Largest customer')
    expect(xai?.sev1Response).toMatchObject({ targetMinutes: 30, approximate: true })
    expect(xai?.sev1Response?.provenance.confirmed).toBe(false)
    expect(xai?.openItems).toBeGreaterThan(0)
    expect(xai?.overdueItems).toBe(xai?.openItems)
    expect(xai?.coverage.onNow.length).toBeGreaterThan(0)
  })
})

describe('GET /api/accounts/:id', () => {
  it('answers the account with its coverage gaps over 8 weeks', async () => {
    const body = accountDetailSchema.parse(await (await fetch(`${base}/xai?now=${now}`)).json())

    expect(body.account.requests[0]?.status).toBe('not_possible_today')
    expect(body.coverage.horizonWeeks).toBe(8)
    // Weekends are "lighter but monitored": a Sev1 then cannot count on full coverage.
    expect(body.gaps.some((gap) => gap.reason === 'monitored_only')).toBe(true)
  })

  it('answers 404 with a message for an unknown account', async () => {
    const response = await fetch(`${base}/nope`)

    expect(response.status).toBe(404)
    expect(apiErrorSchema.parse(await response.json()).error.message).toMatch(/nope/)
  })
})

describe('GET /api/accounts/:id/shifts', () => {
  it('expands the rota for the range asked', async () => {
    const url = `${base}/coreweave/shifts?from=2026-03-23T00:00:00Z&to=2026-03-30T00:00:00Z`
    const body = shiftsResponseSchema.parse(await (await fetch(url)).json())

    expect(body.shifts.length).toBeGreaterThan(10)
    expect(body.shifts.every((s) => s.accountId === 'coreweave')).toBe(true)
    expect(new Set(body.shifts.map((s) => s.uid)).size).toBe(body.shifts.length)
  })

  it('answers 400 for a missing, reversed or too long range', async () => {
    const missing = await fetch(`${base}/coreweave/shifts?from=2026-03-23T00:00:00Z`)
    const reversed = await fetch(
      `${base}/coreweave/shifts?from=2026-03-30T00:00:00Z&to=2026-03-23T00:00:00Z`,
    )
    const tooLong = await fetch(
      `${base}/coreweave/shifts?from=2026-01-01T00:00:00Z&to=2027-06-01T00:00:00Z`,
    )

    expect(apiErrorSchema.parse(await missing.json()).error.message).toMatch(/to/)
    expect(apiErrorSchema.parse(await reversed.json()).error.message).toMatch(/before/)
    expect(tooLong.status).toBe(400)
  })

  it('answers 400 for a range outside the years 1900 to 2999, and serves their edges', async () => {
    const shifts = (from: string, to: string) =>
      fetch(`${base}/coreweave/shifts?from=${from}T00:00:00Z&to=${to}T00:00:00Z`)
    const late = await shifts('9999-12-27', '9999-12-31')
    const early = await shifts('1899-12-01', '1899-12-08')
    const lastWeek = await shifts('2999-12-23', '3000-01-01')
    const firstWeek = await shifts('1899-12-31', '1900-01-08')

    expect(late.status).toBe(400)
    expect(apiErrorSchema.parse(await late.json()).error.message).toMatch(/1900 to 2999/)
    expect(early.status).toBe(400)
    expect(shiftsResponseSchema.parse(await lastWeek.json()).shifts.length).toBeGreaterThan(0)
    expect(shiftsResponseSchema.parse(await firstWeek.json()).shifts.length).toBeGreaterThan(0)
  })
  it('answers 400 for a day that does not exist or a parameter given twice', async () => {
    const impossible = await fetch(`${base}?today=2025-02-30`)
    const twice = await fetch(`${base}/xai?now=2026-03-23T00:00:00Z&now=2026-03-24T00:00:00Z`)

    expect(impossible.status).toBe(400)
    expect(apiErrorSchema.parse(await impossible.json()).error.message).toMatch(/today/)
    expect(twice.status).toBe(400)
    expect(apiErrorSchema.parse(await twice.json()).error.message).toMatch(/now: given more/)
  })
})
