import type { Sla } from '@/contract/accounts'
import type { Layer, Rota, Rotation } from '@/contract/rota'

/** Small rotas for tests: one layer, overridable piece by piece. */
export function buildLayer(
  patch: Partial<Omit<Layer, 'rotation'>> & { rotation?: Partial<Rotation> },
): Layer {
  const { rotation, ...rest } = patch
  return {
    id: 'emea',
    name: 'EMEA after-hours',
    role: 'After-hours responder',
    teamId: 'emea',
    timeZone: 'Europe/London',
    coverage: 'full',
    windows: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '00:00' },
    ],
    ...rest,
    rotation: {
      kind: 'weekly',
      handoffTime: '09:00',
      handoffDay: 'mon',
      anchor: '2026-03-23',
      members: ['a', 'b'],
      ...rotation,
    },
  }
}

export function buildRota(layers: Layer[], patch: Partial<Rota> = {}): Rota {
  return {
    version: 1,
    accountId: 'coreweave',
    customerTimeZone: 'America/New_York',
    layers,
    overrides: [],
    holidays: [],
    ...patch,
  }
}

export function listSpans(shifts: { start: string; end: string; assigneeId: string }[]) {
  return shifts.map((s) => `${s.assigneeId} ${s.start} ${s.end}`)
}

/** The Sev1 response SLA the tests check coverage against: 24x7, full coverage, assumed. */
export function buildSev1Sla(patch: Partial<Sla> = {}): Sla {
  return {
    id: 'sev1-response',
    severity: 'Sev1',
    metric: 'response',
    targetMinutes: 30,
    approximate: true,
    hours: '24x7',
    requiredCoverage: 'full',
    kind: 'SLA',
    penalty: '',
    provenance: {
      source: 'assumed',
      noteId: null,
      line: null,
      quote: null,
      confirmed: false,
      remark: null,
    },
    ...patch,
  }
}
