import {
  mergeFieldValues,
  type ActionItem,
  type MergeChoice,
  type MergeField,
  type NoteFields,
} from '@/contract'

/** The item fields each merge field covers: a status goes with its symbol, an owner its label. */
const keysOf: Record<MergeField, Array<keyof NoteFields>> = {
  title: ['title'],
  status: ['status', 'statusSymbol'],
  ownerId: ['ownerId', 'ownerLabel'],
  due: ['due'],
  scheduled: ['scheduled'],
  start: ['start'],
  created: ['created'],
  done: ['done'],
  cancelled: ['cancelled'],
  priority: ['priority'],
  tags: ['tags'],
  recurrence: ['recurrence'],
  accountIds: ['accountIds'],
}

export const noteFieldKeys = mergeFieldValues.flatMap((field) => keysOf[field])

export function noteFieldsOf(item: NoteFields): NoteFields {
  return Object.fromEntries(noteFieldKeys.map((key) => [key, item[key]])) as NoteFields
}

/**
 * A field's value as compared. The owner is the person when one was matched: the same person
 * written another way (`@Myself`, `@JordanAvery`) is no change.
 */
function valueOf(field: MergeField, item: NoteFields): string {
  if (field === 'ownerId' && item.ownerId !== null) return JSON.stringify(item.ownerId)
  return JSON.stringify(keysOf[field].map((key) => item[key]))
}

/**
 * Where a field changed since the last import (`base`): nowhere or alike on both sides
 * (`same`), only in the note, only in the app, or on both sides to different values. With
 * no base (data saved before bases were kept), any difference is a conflict.
 */
export function compareField(
  field: MergeField,
  base: NoteFields | null,
  app: NoteFields,
  note: NoteFields,
): 'same' | 'note' | 'app' | 'conflict' {
  const [inApp, inNote] = [valueOf(field, app), valueOf(field, note)]
  if (inApp === inNote) return 'same'
  if (base === null) return 'conflict'
  const before = valueOf(field, base)
  if (inApp === before) return 'note'
  if (inNote === before) return 'app'
  return 'conflict'
}

export interface FieldMerge {
  /** Changed only in the note: taken from it. */
  taken: MergeField[]
  /** Changed only in the app: kept. */
  kept: MergeField[]
  /** Changed on both sides, to different values: the user decides. */
  conflicts: MergeField[]
}

/** The three-way merge of a stored item and what its note now says, field by field. */
export function mergeFields(base: NoteFields | null, app: NoteFields, note: NoteFields) {
  const merge: FieldMerge = { taken: [], kept: [], conflicts: [] }
  for (const field of mergeFieldValues) {
    const side = compareField(field, base, app, note)
    if (side === 'note') merge.taken.push(field)
    else if (side === 'app') merge.kept.push(field)
    else if (side === 'conflict') merge.conflicts.push(field)
  }
  return merge
}

/** The item with these fields (and what each carries) as the note has them. */
export function takeFromNote(item: ActionItem, note: NoteFields, fields: MergeField[]) {
  const taken = fields.flatMap((field) => keysOf[field].map((key) => [key, note[key]]))
  return { ...item, ...Object.fromEntries(taken) } as ActionItem
}

/** The item keys among `fields` whose values differ between the two. */
export function differingKeys(fields: MergeField[], from: NoteFields, to: NoteFields) {
  return fields
    .flatMap((field) => keysOf[field])
    .filter((key) => JSON.stringify(from[key]) !== JSON.stringify(to[key]))
}

/** The conflicts the user settled for the note, given per field or for the whole item. */
export function chosenForNote(
  conflicts: MergeField[],
  choices: Partial<Record<MergeField, MergeChoice>> | undefined,
  takeAll: boolean,
): MergeField[] {
  return conflicts.filter((field) => (choices?.[field] ?? (takeAll ? 'note' : 'app')) === 'note')
}
