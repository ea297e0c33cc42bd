import { z } from 'zod'
import { lazySchema } from '@/contract/lazy-schema'
import {
  accountSchema,
  peopleResponseSchema,
  rotaSchema,
  type Account,
  type ActionItem,
  type NoteMeta,
  type Person,
  type Provenance,
  type Team,
} from '@/contract'
import { parseNote, type NoteTask } from '@/domain/notes/parse-note'
import { seedAccountAliases } from '@/domain/notes/known-accounts'
import type { SeedSources } from './seed-sources'
import { normaliseForQuotes, resolveQuotes } from './resolve-quotes'

const accountSeedSchema = lazySchema(() => accountSchema.omit({ rota: true }))

export interface SeedData {
  /** The meeting note and the files beside it, or a data set from `npm run generate`. */
  origin?: 'note' | 'generated'
  accounts: Account[]
  people: Person[]
  teams: Team[]
  notes: NoteMeta[]
  actionItems: ActionItem[]
  /** Problems met while assembling the seed: a quote not found in its note, say. */
  problems: string[]
}

export function noteIdOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '')
}

export function taskToActionItem(task: NoteTask, note: NoteMeta, updatedAt: string): ActionItem {
  return {
    id: task.key.replace('#', '.'),
    title: task.title,
    statusSymbol: task.statusSymbol,
    status: task.status,
    ownerId: task.ownerId,
    ownerLabel: task.ownerLabel,
    due: task.due,
    scheduled: task.scheduled,
    start: task.start,
    created: task.created,
    done: task.done,
    cancelled: task.cancelled,
    priority: task.priority,
    tags: task.tags,
    recurrence: task.recurrence,
    accountIds: task.accountIds,
    source: {
      noteId: note.id,
      notePath: note.path,
      noteTitle: note.title,
      line: task.line,
      blockId: task.blockId,
    },
    warnings: task.warnings.map((w) => w.message),
    version: 1,
    updatedAt,
  }
}

/** Reads every source file, validates it, and links facts to the note lines they quote. */
export function buildSeed(sources: SeedSources): SeedData {
  const { people, teams } = peopleResponseSchema.parse(sources.people)
  const rotas = z.array(rotaSchema).parse(sources.rotas)
  const seeds = z.array(accountSeedSchema).parse(sources.accounts)
  const noteLines = new Map<string, string[]>()
  const notes: NoteMeta[] = []
  const actionItems: ActionItem[] = []

  for (const source of sources.notes) {
    const parsed = parseNote(source.text, {
      noteId: noteIdOf(source.path),
      notePath: source.path,
      people,
      accounts: seedAccountAliases,
    })
    noteLines.set(parsed.meta.id, parsed.lines.map(normaliseForQuotes))
    notes.push(parsed.meta)
    const updatedAt = parsed.meta.date ?? '1970-01-01'
    actionItems.push(...parsed.tasks.map((task) => taskToActionItem(task, parsed.meta, updatedAt)))
  }

  const problems: string[] = []
  const resolve = (provenance: Provenance) => resolveQuotes(provenance, noteLines, problems)
  const accounts = seeds
    .map((seed) => {
      const rota = rotas.find((r) => r.accountId === seed.id)
      if (!rota) throw new Error(`No rota file for account "${seed.id}" in mocks/data/rotas`)
      return accountSchema.parse(walkProvenance({ ...seed, rota }, resolve))
    })
    .sort((a, b) => a.rank - b.rank)

  return {
    accounts,
    people: people.map((p) => ({ ...p, provenance: resolve(p.provenance) })),
    teams: teams.map((t) => ({ ...t, provenance: resolve(t.provenance) })),
    notes,
    actionItems,
    problems,
  }
}

function walkProvenance<T>(value: T, resolve: (p: Provenance) => Provenance): T {
  if (Array.isArray(value)) return value.map((v) => walkProvenance(v, resolve)) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) {
    // `provenance`, or a field's own such as `rankProvenance`.
    const isProvenance = key === 'provenance' || key.endsWith('Provenance')
    out[key] = isProvenance && child ? resolve(child as Provenance) : walkProvenance(child, resolve)
  }
  return out as T
}
