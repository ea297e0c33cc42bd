import type { Account, Person, Rota, Sla } from '@/contract'
import type { Random } from '../bench/random'
import { generateRota } from '../bench/generate-rotas'
import { GENERATED } from './people'
import { ACCOUNT_PREFIXES, ACCOUNT_SUFFIXES, INDUSTRIES, slugify } from './vocabulary'

/** Unique, plausible company names; past the word lists' combinations they get a number. */
export function accountNames(random: Random, count: number): string[] {
  const pool = ACCOUNT_PREFIXES.flatMap((prefix) => ACCOUNT_SUFFIXES.map((s) => `${prefix} ${s}`))
  return Array.from({ length: count }, (_, i) => {
    if (pool.length === 0) return `Account ${i + 1}`
    return pool.splice(random.int(0, pool.length - 1), 1)[0] as string
  })
}

/** The rota generator's rota, staffed with generated people of each layer's team. */
function staffRota(random: Random, index: number, accountId: string, people: Person[]): Rota {
  const rota = generateRota(random, index)
  const renamed = new Map<string, string>()
  const layers = rota.layers.map((layer) => {
    const team = people.filter((p) => p.teamId === layer.teamId)
    const offset = random.int(0, team.length - 1)
    const members = layer.rotation.members.map((old, i) => {
      const person = team[(offset + i) % team.length]!.id
      renamed.set(old, person)
      return person
    })
    return { ...layer, rotation: { ...layer.rotation, members: [...new Set(members)] } }
  })
  const overrides = rota.overrides.map((o) => ({ ...o, personId: renamed.get(o.personId)! }))
  return { ...rota, accountId, layers, overrides }
}

function slas(random: Random): Sla[] {
  const sla = (severity: 'Sev1' | 'Sev2', minutes: number, hours: Sla['hours']): Sla => ({
    id: `${severity.toLowerCase()}-response`,
    severity,
    metric: 'response',
    targetMinutes: minutes,
    approximate: false,
    hours,
    requiredCoverage: severity === 'Sev1' ? 'full' : 'monitored',
    kind: random.next() < 0.7 ? 'SLA' : 'SLO',
    penalty: random.next() < 0.4 ? 'Service credits after two misses a quarter.' : '',
    provenance: GENERATED,
  })
  return [
    sla('Sev1', random.pick([15, 30, 60]), '24x7'),
    sla('Sev2', random.pick([120, 240, 480]), random.pick(['24x7', 'business'] as const)),
  ]
}

export function generateAccount(
  random: Random,
  index: number,
  name: string,
  people: Person[],
): Account {
  const id = slugify(name)
  const rota = staffRota(random, index, id, people)
  const csm = random.pick(people.filter((p) => p.teamId === 'customer-success'))
  const clusters = random.int(1, 24)
  return {
    id,
    name,
    rank: index + 1,
    rankLabel: index === 0 ? 'Largest customer' : `Customer #${index + 1} by size`,
    rankProvenance: GENERATED,
    summary: `${random.pick(INDUSTRIES)}, ${clusters} cluster${clusters > 1 ? 's' : ''}.`,
    customerTimeZone: rota.customerTimeZone,
    contacts: [
      {
        personId: csm.id,
        role: 'Customer Success Manager',
        responsibilities: 'Owns the relationship and the quarterly review.',
        provenance: GENERATED,
      },
    ],
    teamIds: ['customer-success', 'apj', 'emea'],
    slas: slas(random),
    channels: [
      {
        id: 'slack',
        kind: 'chat',
        name: `#cs-${id}`,
        system: 'Slack',
        usedFor: 'Day-to-day questions and incident updates.',
        provenance: GENERATED,
      },
    ],
    escalation: [
      { order: 1, who: 'On-call support engineer', when: 'Any Sev1', provenance: GENERATED },
      { order: 2, who: csm.name, when: 'No answer in 30 minutes', provenance: GENERATED },
    ],
    deployment: [
      {
        id: 'clusters',
        label: 'Clusters',
        text: `${clusters} clusters, ${random.int(2, 400)} PB usable.`,
        provenance: GENERATED,
      },
    ],
    coverageModel: [],
    commonIssues: [],
    hardware: [],
    requests: [],
    rota,
  }
}
