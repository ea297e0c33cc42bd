import type { Priority } from '@/contract/action-items'

export type FieldName =
  | 'due'
  | 'scheduled'
  | 'start'
  | 'created'
  | 'done'
  | 'cancelled'
  | 'recurrence'
  | 'onCompletion'
  | 'id'
  | 'dependsOn'

type FieldSpec = { field: FieldName; emoji: string[]; dataviewKey: string; value: string }

const date = String.raw`\d{4}-\d{2}-\d{2}`
const idValue = '[a-zA-Z0-9_-]+'

/** The Obsidian Tasks signifiers with a value, and their Dataview-format keys. */
export const fieldSpecs: FieldSpec[] = [
  { field: 'due', emoji: ['📅', '📆', '🗓'], dataviewKey: 'due', value: date },
  { field: 'scheduled', emoji: ['⏳', '⌛'], dataviewKey: 'scheduled', value: date },
  { field: 'start', emoji: ['🛫'], dataviewKey: 'start', value: date },
  { field: 'created', emoji: ['➕'], dataviewKey: 'created', value: date },
  { field: 'done', emoji: ['✅'], dataviewKey: 'completion', value: date },
  { field: 'cancelled', emoji: ['❌'], dataviewKey: 'cancelled', value: date },
  { field: 'recurrence', emoji: ['🔁'], dataviewKey: 'repeat', value: '[a-zA-Z0-9, !]+' },
  { field: 'onCompletion', emoji: ['🏁'], dataviewKey: 'onCompletion', value: '[a-zA-Z]+' },
  { field: 'id', emoji: ['🆔'], dataviewKey: 'id', value: idValue },
  {
    field: 'dependsOn',
    emoji: ['⛔'],
    dataviewKey: 'dependsOn',
    value: `${idValue}(?: *, *${idValue})*`,
  },
]

export const dateFields = new Set<FieldName>([
  'due',
  'scheduled',
  'start',
  'created',
  'done',
  'cancelled',
])

export const priorityEmoji: Record<string, Priority> = {
  '🔺': 'highest',
  '⏫': 'high',
  '🔼': 'medium',
  '🔽': 'low',
  '⏬': 'lowest',
}

export const dataviewPriorities = new Set<string>(['highest', 'high', 'medium', 'low', 'lowest'])

/** Each pattern reads one field at the very end of the text; U+FE0F may follow the emoji. */
export const emojiFieldPatterns = fieldSpecs.map((spec) => ({
  field: spec.field,
  pattern: new RegExp(`(?:${spec.emoji.join('|')})\\uFE0F? *(${spec.value})$`, 'u'),
}))

const priorityAlternatives = Object.keys(priorityEmoji).join('|')
export const priorityPattern = new RegExp(`(${priorityAlternatives})\\uFE0F?$`, 'u')

const tagBody = String.raw`#[^\s!@#$%^&*(),.?":{}|<>]+`
export const trailingTagPattern = new RegExp(`(?:^|\\s)(${tagBody})$`, 'u')
export const tagPattern = new RegExp(`(?:^|\\s)(${tagBody})`, 'gu')

/**
 * `[key:: value]` or `(key:: value)` at the end of the text. Like the plugin, spaces may pad
 * the inside of the brackets and a comma may follow, so `[due:: …], [priority:: high]` reads.
 */
export const dataviewFieldPattern = /((\[|\() *([A-Za-z]+):: *([^[\]()]*?) *(\]|\)))(?: *,)?$/u

export const dataviewSpecs = new Map(
  fieldSpecs.map((spec) => {
    const valuePattern = new RegExp(`^(?:${spec.value})$`, 'u')
    return [spec.dataviewKey, { field: spec.field, valuePattern }]
  }),
)

const allEmoji = [...fieldSpecs.flatMap((spec) => spec.emoji), ...Object.keys(priorityEmoji)]
export const signifierPattern = new RegExp(`(?:${allEmoji.join('|')})\\uFE0F?`, 'gu')

const dataviewKeys = [...dataviewSpecs.keys(), 'priority'].join('|')
export const dataviewMentionPattern = new RegExp(
  `[[(] *(?:${dataviewKeys})::[^\\])]*[\\])]?`,
  'giu',
)
