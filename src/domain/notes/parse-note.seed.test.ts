import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { peopleResponseSchema } from '@/contract/people'
import { seedAccountAliases } from './known-accounts'
import { parseNote } from './parse-note'

const notePath = 'mocks/data/notes/2025-10-29-cs-operating-model.md'
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const raw = readFileSync(join(root, notePath), 'utf8')
const peopleJson = readFileSync(join(root, 'mocks/data/people.json'), 'utf8')
const people = peopleResponseSchema.parse(JSON.parse(peopleJson)).people

const parsed = parseNote(raw, {
  noteId: '2025-10-29-cs-operating-model',
  notePath,
  people,
  accounts: seedAccountAliases,
})

const expected = [
  {
    line: 29,
    priority: 'high',
    accountIds: ['coreweave', 'xai'],
    title:
      'Connect with Morgan Blake to review CoreWeave and xAI SLAs, response targets, and legal ' +
      'penalty clauses, and document the confirmed Sev1 response expectation.',
  },
  {
    line: 31,
    priority: 'none',
    accountIds: [],
    title:
      'Draft an initial operating model for VAST-as-a-Service that clarifies SRE vs Customer ' +
      'Success responsibilities, on-call expectations, communications model, and SLA/SLO posture.',
  },
  {
    line: 33,
    priority: 'none',
    accountIds: ['xai'],
    title:
      'Schedule and run a deep-dive with Riley Hart on xAI workload patterns, including ' +
      'checkpointing behavior, GPU-adjacent caching needs, and end-to-end data flows, to inform ' +
      'cloud design requirements.',
  },
  {
    line: 35,
    priority: 'high',
    accountIds: ['xai'],
    title:
      'Assess feasibility and roadmap options for xAI’s multi-cluster single-namespace or ' +
      'single-filesystem request, including what is possible with current global namespace and ' +
      'replication features and what would require new architecture.',
  },
  {
    line: 37,
    priority: 'high',
    accountIds: ['coreweave', 'xai'],
    title:
      'Obtain and review the legal SLA document and any penalty clauses for CoreWeave and xAI ' +
      'support agreements, and summarize key obligations and risks for ' +
      'VAST-as-a-Service planning.',
  },
  {
    line: 39,
    priority: 'none',
    accountIds: ['coreweave', 'xai'],
    title:
      'Validate the current after-hours and weekend coverage model across APJ and EMEA for ' +
      'critical incidents for CoreWeave and xAI, including escalation paths and handoff ' +
      'expectations.',
  },
  {
    line: 41,
    priority: 'low',
    accountIds: ['xai'],
    title:
      'Confirm the definitive location and provider for xAI cloud-resident data (for example, ' +
      'Google Cloud Platform) and document how data is repatriated and integrated with on-prem ' +
      'VAST clusters.',
  },
  {
    line: 43,
    priority: 'low',
    accountIds: ['coreweave', 'xai'],
    title:
      'Review Slack alarm channel configurations and escalation paths used with CoreWeave and ' +
      'xAI to enable proactive outreach and consistent incident notification.',
  },
]

describe('parseNote on the seed note', () => {
  it('reads the front matter and notes the repair', () => {
    expect(parsed.meta).toEqual({
      id: '2025-10-29-cs-operating-model',
      path: notePath,
      title:
        '1:1 with Riley Hart, CS operating model for CoreWeave and xAI plus multi-cluster ' +
        'limitations',
      date: '2025-10-29',
      participants: ['Jordan Avery', 'Riley Hart'],
      tags: ['type/people', 'person/', 'generated'],
      author: 'Jordan Avery',
      repaired: true,
      itemCount: 8,
      warnings: [
        {
          line: null,
          code: 'repaired-text',
          message: 'repaired 17 character sequences that were UTF-8 read as Mac Roman',
        },
      ],
    })
  })

  it('yields exactly the 8 tasks, each on its [?] line', () => {
    const taskLines = parsed.lines.flatMap((text, i) => (text.startsWith('- [?]') ? [i + 1] : []))

    expect(parsed.tasks).toHaveLength(8)
    expect(parsed.tasks.map((task) => task.line)).toEqual(taskLines)
  })

  it.each(expected)('reads the task on line $line exactly', (want) => {
    const task = parsed.tasks.find((candidate) => candidate.line === want.line)

    expect(task).toEqual({
      key: `2025-10-29-cs-operating-model#L${want.line}`,
      line: want.line,
      statusSymbol: '?',
      status: 'proposed',
      title: want.title,
      ownerLabel: '@Myself',
      ownerId: 'jordan-avery',
      due: '2025-11-08',
      scheduled: null,
      start: null,
      created: null,
      done: null,
      cancelled: null,
      priority: want.priority,
      tags: ['#task', '#proposed', '#auto'],
      recurrence: null,
      onCompletion: null,
      taskId: null,
      dependsOn: [],
      blockId: null,
      accountIds: want.accountIds,
      warnings: [],
    })
  })

  it('counts 3 high, 2 low and 3 with no priority', () => {
    const count = (priority: string) => parsed.tasks.filter((t) => t.priority === priority).length

    expect([count('high'), count('low'), count('none')]).toEqual([3, 2, 3])
  })

  it('repairs the quote in the summary', () => {
    const summary = parsed.lines.find((text) => text.startsWith('Jordan Avery shared'))

    expect(summary).toContain('Riley also highlighted xAI’s request')
    expect(summary).not.toContain('‚Äô')
  })
})
