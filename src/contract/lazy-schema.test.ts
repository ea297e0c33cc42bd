import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import * as contract from './index'
import { lazySchema } from './lazy-schema'

describe('lazySchema', () => {
  it('builds the schema on first use, once, and answers as the schema would', () => {
    const build = vi.fn(() => z.object({ id: z.string(), count: z.number().int() }))
    const schema = lazySchema(build)
    expect(build).not.toHaveBeenCalled()

    expect(schema.parse({ id: 'a', count: 2 })).toEqual({ id: 'a', count: 2 })
    expect(schema.safeParse({ id: 'a', count: 1.5 }).error?.issues[0]?.path).toEqual(['count'])
    expect(Object.keys(schema.shape)).toEqual(['id', 'count'])
    expect(schema).toBeInstanceOf(z.ZodObject)
    expect(build).toHaveBeenCalledTimes(1)
  })

  it('composes with other schemas, lazy or not', () => {
    const item = lazySchema(() => z.object({ title: z.string().min(1) }))
    const list = lazySchema(() => z.object({ items: z.array(item), total: z.number() }))
    const withNote = list.extend({ note: z.string().nullable() })

    expect(withNote.parse({ items: [{ title: 'a' }], total: 1, note: null }).items).toHaveLength(1)
    expect(() => list.parse({ items: [{ title: '' }], total: 1 })).toThrow(/too_small|>=1/)
    expect(item.pick({ title: true }).parse({ title: 'b', extra: 1 })).toEqual({ title: 'b' })
  })
})

describe('the contract', () => {
  // Each schema is built on first use, so a mistake in one would show only when it is used.
  it('builds every exported schema', () => {
    const schemas = Object.entries(contract).filter(([name]) => name.endsWith('Schema'))
    expect(schemas.length).toBeGreaterThan(50)
    for (const [name, schema] of schemas) {
      expect(schema, name).toBeInstanceOf(z.ZodType)
      expect(typeof (schema as z.ZodType).safeParse(undefined).success, name).toBe('boolean')
    }
  })
})
