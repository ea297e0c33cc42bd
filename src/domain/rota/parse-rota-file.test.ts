import { describe, expect, it } from 'vitest'
import { parseRotaFile } from './parse-rota-file'
import { buildLayer, buildRota } from './rota-fixtures'

describe('parseRotaFile', () => {
  it('accepts a good rota and fills defaults', () => {
    const rota: Record<string, unknown> = { ...buildRota([buildLayer({})]) }
    delete rota.overrides
    delete rota.holidays
    const result = parseRotaFile(rota)
    expect(result.ok && result.rota.overrides).toEqual([])
  })

  it('names the path of a schema error', () => {
    const rota = buildRota([
      buildLayer({ windows: [{ days: ['mon'], start: '25:00', end: '06:00' }] }),
    ])
    const result = parseRotaFile(rota)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/^layers\[0\]\.windows\[0\]\.start: /)
  })

  it('checks what the schema cannot', () => {
    const rota = buildRota([
      buildLayer({ timeZone: 'Mars/Olympus', rotation: { handoffDay: undefined } }),
      buildLayer({
        id: 'n',
        rotation: { kind: 'every_n_days', anchor: '2026-02-30', members: ['a', 'zed'] },
      }),
    ])
    const result = parseRotaFile(rota, [{ id: 'a' }, { id: 'b' }])
    expect(!result.ok && result.message.split('\n')).toEqual([
      'layers[0].timeZone: unknown IANA time zone "Mars/Olympus"',
      'layers[0].rotation.handoffDay: required when kind is "weekly"',
      'layers[1].rotation.anchor: "2026-02-30" is not a real calendar date',
      'layers[1].rotation.everyDays: required when kind is "every_n_days"',
      'layers[1].rotation.members[1]: unknown person "zed"',
    ])
  })

  it('wants a weekly anchor on the handoff day', () => {
    const rota = buildRota([buildLayer({ rotation: { anchor: '2026-03-24' } })])
    expect(parseRotaFile(rota)).toEqual({
      ok: false,
      message: 'layers[0].rotation.anchor: 2026-03-24 is a tue, but handoffDay is mon',
    })
  })
})
