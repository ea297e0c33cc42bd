import { createRandom } from './random'

const OWNERS = ['@Myself', '@Morgan', '@RileyHart', '@Casey', '@Unknown']
const PRIORITIES = ['', ' ⏫', ' 🔼', ' 🔽']
const STATUSES = [' ', ' ', 'x', '/', '?', '-']

/** A meeting note with `taskCount` task lines in the Obsidian Tasks format, with some prose. */
export function generateNote(taskCount: number, seed = 7): string {
  const random = createRandom(seed)
  const lines = [
    '---',
    'title: "Generated operating review"',
    'date: "2026-03-16"',
    'participants: ["Jordan Avery", "Riley Hart"]',
    '---',
    '',
    '# Generated operating review',
    '',
    '## Action Items',
    '',
  ]
  for (let i = 0; i < taskCount; i += 1) {
    const day = String(random.int(1, 28)).padStart(2, '0')
    const account = random.pick(['CoreWeave', 'xAI', 'CW', 'the cluster'])
    lines.push(
      `- [${random.pick(STATUSES)}] Follow up ${i} on ${account} SLA and rota ` +
        `${random.pick(OWNERS)} 📅 2026-04-${day}${random.pick(PRIORITIES)} #task #ops ^t${i}`,
    )
    if (i % 10 === 9) lines.push('', `Discussion after item ${i}, with no task in it.`, '')
  }
  return `${lines.join('\n')}\n`
}
