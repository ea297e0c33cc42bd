import { describe, expect, it } from 'vitest'
import type { Priority } from '@/contract/action-items'
import { comparePriority } from './priority'

describe('comparePriority', () => {
  it('sorts as Obsidian Tasks does, with none between medium and low', () => {
    const shuffled: Priority[] = ['low', 'none', 'highest', 'lowest', 'medium', 'high']

    expect([...shuffled].sort(comparePriority)).toEqual([
      'highest',
      'high',
      'medium',
      'none',
      'low',
      'lowest',
    ])
  })
})
