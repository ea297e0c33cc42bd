import type { Shift } from '@/contract/rota'
import type { ExportContext } from './export-context'

export const exportContext: ExportContext = {
  people: { a: 'Hannah Keller', b: 'Tomas Novak', c: 'Zoë Ångström', d: '山田 太郎' },
  teams: { emea: 'EMEA after-hours', apj: 'APJ after-hours' },
  accounts: { coreweave: 'CoreWeave', xai: 'xAI' },
  viewerTimeZone: 'America/New_York',
  now: '2026-03-01T12:00:00Z',
  calendarName: 'OpModel coverage',
}

export function buildShift(patch: Partial<Shift> = {}): Shift {
  return {
    uid: 'xai.apj-after-hours.20260327T140000Z@opmodel',
    accountId: 'xai',
    layerId: 'apj-after-hours',
    layerName: 'APJ after-hours',
    role: 'After-hours responder',
    teamId: 'apj',
    assigneeId: 'wei-lim',
    start: '2026-03-27T14:00:00Z',
    end: '2026-03-27T22:00:00Z',
    timeZone: 'Asia/Singapore',
    coverage: 'full',
    source: 'rotation',
    sequence: 0,
    ...patch,
  }
}
