import { describe, expect, it } from 'vitest'
import type { ImportChange } from '@/contract'
import { makeItem } from '@/domain/action-items/action-item-fixtures'
import { describeFields } from './describe-change'

const names = { ownerName: (id: string) => id, accountName: (id: string) => id }

describe('describeFields', () => {
  it('shows the status symbol as written, so a to-do space is not a blank', () => {
    const existing = makeItem({ id: 'n#L3', statusSymbol: 'x', status: 'done' })
    const item = { ...existing, statusSymbol: ' ', status: 'todo' as const }
    const change: ImportChange = {
      kind: 'update',
      fields: ['statusSymbol'],
      existing,
      item,
      conflicts: [],
      kept: [],
      note: item,
    }

    expect(describeFields(change, names)).toEqual([
      { field: 'statusSymbol', label: 'Symbol', from: '[x]', to: '[ ]' },
    ])
  })
})
