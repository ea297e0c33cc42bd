import type { Layer, Override, Rota } from '@/contract/rota'
import { createRandom, type Random } from './random'

const twoDigits = (n: number) => String(n).padStart(2, '0')

const CUSTOMER_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Europe/London',
] as const
const APJ_ZONES = [
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Pacific/Auckland',
] as const
const EMEA_ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'Europe/Dublin',
  'Africa/Johannesburg',
] as const
// Mondays, so that weekly layers may hand off on Mondays.
const ANCHORS = ['2025-12-29', '2026-01-05', '2026-01-12'] as const
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const

type LayerTemplate = (
  random: Random,
  customerZone: string,
) => Omit<Layer, 'id' | 'rotation'> & {
  rotation: Omit<Layer['rotation'], 'members'>
}

const TEMPLATES: Record<string, LayerTemplate> = {
  onsite: (_, zone) => ({
    name: 'Onsite weekdays',
    role: 'Onsite engineer',
    teamId: 'customer-success',
    timeZone: zone,
    coverage: 'full',
    windows: [{ days: [...WEEKDAYS], start: '08:00', end: '18:00' }],
    rotation: { kind: 'weekly', handoffTime: '08:00', handoffDay: 'mon', anchor: '2026-01-05' },
  }),
  apj: (random) => ({
    name: 'APJ after-hours',
    role: 'After-hours responder',
    teamId: 'apj',
    timeZone: random.pick(APJ_ZONES),
    coverage: 'full',
    windows: [{ days: [...WEEKDAYS, 'sat'], start: '07:00', end: '15:00' }],
    rotation: { kind: 'weekly', handoffTime: '07:00', handoffDay: 'mon', anchor: '2026-01-05' },
  }),
  emea: (random) => ({
    name: 'EMEA after-hours',
    role: 'After-hours responder',
    teamId: 'emea',
    timeZone: random.pick(EMEA_ZONES),
    coverage: 'full',
    windows: [{ days: [...WEEKDAYS], start: '07:00', end: '13:00' }],
    rotation: { kind: 'weekly', handoffTime: '07:00', handoffDay: 'mon', anchor: '2025-12-29' },
  }),
  nights: (random) => ({
    name: 'Night watch',
    role: 'Night responder',
    teamId: 'emea',
    timeZone: random.pick(EMEA_ZONES),
    coverage: 'full',
    windows: [{ days: [...WEEKDAYS, 'sat', 'sun'], start: '22:00', end: '06:00' }],
    rotation: { kind: 'daily', handoffTime: '22:00', anchor: '2026-01-01' },
  }),
  weekend: (_, zone) => ({
    name: 'Weekend monitoring',
    role: 'Monitoring',
    teamId: 'customer-success',
    timeZone: zone,
    coverage: 'monitored',
    windows: [{ days: ['sat', 'sun'], start: '00:00', end: '00:00' }],
    rotation: { kind: 'weekly', handoffTime: '00:00', handoffDay: 'sat', anchor: '2026-01-03' },
  }),
  always: (random) => ({
    name: 'Follow the sun',
    role: 'Incident commander',
    teamId: 'apj',
    timeZone: random.pick(APJ_ZONES),
    coverage: 'full',
    windows: [{ days: [...WEEKDAYS, 'sat', 'sun'], start: '09:00', end: '09:00' }],
    rotation: {
      kind: 'every_n_days',
      everyDays: random.int(2, 4),
      handoffTime: '09:00',
      anchor: random.pick(ANCHORS),
    },
  }),
}

function buildLayer(random: Random, kind: string, customerZone: string, account: number): Layer {
  const template = TEMPLATES[kind] as LayerTemplate
  const { rotation, ...rest } = template(random, customerZone)
  const members = Array.from(
    { length: random.int(2, 5) },
    (_, i) => `gen-person-${account % 97}-${kind}-${i}`,
  )
  return { id: kind, ...rest, rotation: { ...rotation, members } }
}

function buildOverrides(random: Random, layers: Layer[]): Override[] {
  return Array.from({ length: random.int(0, 6) }, (_, i) => {
    const layer = random.pick(layers)
    const day = 1 + random.int(0, 360)
    const start = Date.UTC(2026, 0, day, random.int(0, 23))
    const end = start + random.int(2, 48) * 3_600_000
    const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')
    const personId = random.pick(layer.rotation.members)
    return {
      id: `o-${i}`,
      layerId: layer.id,
      start: iso(start),
      end: iso(end),
      personId,
      reason: '',
    }
  })
}

/** One plausible rota: two to five layers in varied zones, a few overrides and holidays. */
export function generateRota(random: Random, account: number): Rota {
  const customerZone = random.pick(CUSTOMER_ZONES)
  const kinds = Object.keys(TEMPLATES).filter((kind) => kind === 'onsite' || random.next() < 0.55)
  const layers = kinds.map((kind) => buildLayer(random, kind, customerZone, account))
  const holidays = Array.from({ length: random.int(0, 4) }, (_, i) => ({
    date: `2026-${twoDigits(random.int(1, 12))}-${twoDigits(random.int(1, 28))}`,
    name: `Holiday ${i}`,
    layerIds: random.next() < 0.5 ? [] : [random.pick(layers).id],
  }))
  return {
    version: 1,
    accountId: `gen-${String(account).padStart(4, '0')}`,
    customerTimeZone: customerZone,
    layers,
    overrides: buildOverrides(random, layers),
    holidays,
  }
}

/** `count` rotas, the same for the same seed. */
export function generateRotas(count: number, seed = 20260101): Rota[] {
  const random = createRandom(seed)
  return Array.from({ length: count }, (_, i) => generateRota(random, i))
}
