import type { NoteWarning } from '@/contract/notes'

export type PersonName = { id: string; name: string }

export type OwnerMatch = {
  ownerLabel: string | null
  ownerId: string | null
  /** The description with the owner mention taken out. */
  text: string
  warning: Omit<NoteWarning, 'line'> | null
}

// `@` not preceded by a word character, so an e-mail address is not an owner.
const mentionPattern = /(?<![\p{L}\p{N}_@])@([\p{L}\p{N}_](?:[\p{L}\p{N}._-]*[\p{L}\p{N}_])?)/u

export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s._-]+/g, '')
}

/** Finds a person by name, ignoring case and `. _ -` and spaces, or by a unique first name. */
export function findPerson(label: string, people: PersonName[]): PersonName | null {
  const wanted = normaliseName(label)
  const byName = people.find((person) => normaliseName(person.name) === wanted)
  if (byName) return byName
  const byFirstName = people.filter(
    (person) => normaliseName(person.name.split(/\s+/)[0] ?? '') === wanted,
  )
  return byFirstName.length === 1 ? (byFirstName[0] ?? null) : null
}

/** The note's author: its first participant, or why there is none. */
export type Author = { name: string } | { name: null; missing: string }

function resolveMyself(author: Author, people: PersonName[]) {
  if (author.name === null) {
    return { ownerId: null, problem: `@Myself has no author: ${author.missing}` }
  }
  const person = findPerson(author.name, people)
  if (person) return { ownerId: person.id, problem: null }
  return { ownerId: null, problem: `@Myself is ${author.name}, who is not a known person` }
}

/**
 * Reads the first `@Name` in a description as the owner. `@Myself` is the note's author.
 * An unknown owner keeps its label and gets a warning; it is never dropped.
 */
export function matchOwner(description: string, author: Author, people: PersonName[]): OwnerMatch {
  const mention = mentionPattern.exec(description)
  if (!mention) {
    return { ownerLabel: null, ownerId: null, text: description, warning: null }
  }

  const label = mention[0]
  const name = mention[1] ?? ''
  const end = mention.index + label.length
  const text = description.slice(0, mention.index) + description.slice(end)
  const resolved =
    normaliseName(name) === 'myself'
      ? resolveMyself(author, people)
      : { ownerId: findPerson(name, people)?.id ?? null, problem: `${label} is not known` }

  if (resolved.ownerId !== null) {
    return { ownerLabel: label, ownerId: resolved.ownerId, text, warning: null }
  }
  const warning = { code: 'unknown-owner' as const, message: resolved.problem ?? label }
  return { ownerLabel: label, ownerId: null, text, warning }
}
