import { describe, expect, it } from 'vitest'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'
import { generatedDatasetSchema } from '../../mocks/seed/generated-dataset'
import { buildDataset, serializeDataset } from './build-dataset'

const options = { accounts: 30, items: 2_000, seed: 7, anchor: '2026-12-01' }

describe('buildDataset', () => {
  it('writes the same bytes for the same seed, and other bytes for another', () => {
    const first = serializeDataset(buildDataset(options))
    const again = serializeDataset(buildDataset(options))
    const other = serializeDataset(buildDataset({ ...options, seed: 8 }))

    expect(again).toBe(first)
    expect(other).not.toBe(first)
  })

  it('passes the contract schemas, with unique account slugs and every owner a person', () => {
    const dataset = generatedDatasetSchema.parse(buildDataset(options))
    const people = new Set(dataset.people.map((p) => p.id))
    const accounts = new Set(dataset.accounts.map((a) => a.id))

    expect(dataset.accounts).toHaveLength(30)
    expect(accounts.size).toBe(30)
    expect(dataset.actionItems).toHaveLength(2_000)
    expect(dataset.actionItems.every((i) => i.ownerId === null || people.has(i.ownerId))).toBe(true)
    expect(dataset.actionItems.every((i) => i.accountIds.every((id) => accounts.has(id)))).toBe(
      true,
    )
  })

  it('staffs rotas with known people and spreads due dates, some missing or impossible', () => {
    const dataset = buildDataset(options)
    const people = new Set(dataset.people.map((p) => p.id))
    const members = dataset.accounts.flatMap((a) =>
      a.rota.layers.flatMap((l) => l.rotation.members),
    )
    const dues = dataset.actionItems.map((i) => i.due)

    expect(members.every((id) => people.has(id))).toBe(true)
    expect(dues.filter((d) => d === null).length).toBeGreaterThan(100)
    expect(dues.filter((d) => d !== null && !isValidCalendarDate(d)).length).toBeGreaterThan(0)
    expect(new Set(dataset.actionItems.map((i) => i.status)).size).toBe(5)
  })
})
