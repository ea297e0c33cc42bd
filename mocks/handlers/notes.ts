import { http, HttpResponse } from 'msw'
import {
  noteUploadSchema,
  type ActionItem,
  type ImportChange,
  type ImportPreview,
  type ImportResult,
  type NoteMeta,
  type NoteUploadData,
} from '@/contract'
import { chosenForNote, noteFieldsOf, takeFromNote } from '@/domain/action-items/merge-fields'
import { planImport, type BaseOf } from '@/domain/action-items/plan-import'
import { applyOwnerMap, type OwnerMap } from '@/domain/notes/map-owners'
import { seedAccountAliases } from '@/domain/notes/known-accounts'
import { parseNote } from '@/domain/notes/parse-note'
import { noteIdOf, taskToActionItem } from '../seed/build-seed'
import type { Store } from '../store/store'
import { apiPath, badRequest, errorResponse, readJsonBody } from './respond'

type Upload = Pick<NoteUploadData, 'notes'> & { ownerMap: OwnerMap }

/** A mapping to a person who does not exist is refused before anything is read. */
function checkOwnerMap(store: Store, ownerMap: OwnerMap): Response | null {
  const known = new Set(store.seed.people.map((person) => person.id))
  const bad = Object.entries(ownerMap).find(([, id]) => !known.has(id))
  if (!bad) return null
  const [label, id] = bad
  return errorResponse(422, `Invalid upload: ownerMap: ${label} maps to no person ("${id}")`, [
    { path: `ownerMap.${label}`, message: `no person with id "${id}"` },
  ])
}

function readUpload(store: Store, upload: Upload) {
  const notes: NoteMeta[] = []
  const items: ActionItem[] = []
  const now = new Date().toISOString()
  for (const note of upload.notes) {
    const read = parseNote(note.text, {
      noteId: noteIdOf(note.name),
      notePath: note.name,
      encoding: note.encoding,
      people: store.seed.people,
      accounts: seedAccountAliases,
    })
    const parsed = applyOwnerMap(read, upload.ownerMap)
    notes.push(parsed.meta)
    items.push(...parsed.tasks.map((task) => taskToActionItem(task, parsed.meta, now)))
  }
  const noteIds = new Set(notes.map((note) => note.id))
  return { notes, changes: planImport(store.actionItems, items, noteIds, baseIn(store)) }
}

/**
 * What the note said at the last import. Data saved before bases were kept has none; an item
 * no import has written since the seed was read still has the seed note's values as its base.
 */
function baseIn(store: Store): BaseOf {
  const seedItems = new Map(store.seed.actionItems.map((item) => [item.id, item]))
  return (item) => {
    const kept = store.noteBases[item.id]
    if (kept) return kept
    const seeded = item.noteVersion === undefined ? seedItems.get(item.id) : undefined
    return seeded ? noteFieldsOf(seeded) : null
  }
}

type Choices = Pick<NoteUploadData, 'overwrite' | 'choices'>

/** A choice naming an item these notes do not hold is a mistake: refuse it. */
function checkChoices(upload: Choices, changes: ImportChange[]): Response | null {
  const matched = new Set(changes.flatMap((c) => (c.note && c.existing ? [c.existing.id] : [])))
  const stray = Object.keys(upload.choices).find((id) => !matched.has(id))
  if (stray === undefined) return null
  const message = `Invalid upload: choices name "${stray}", which no task of these notes matches`
  return errorResponse(422, message, [
    { path: `choices.${stray}`, message: 'no task of these notes matches this item' },
  ])
}

/**
 * The stored item after the import, each conflict settled as the user chose (the app's value
 * when they did not say). It is the note's version alone when no value of the app's remains.
 */
function settle(change: ImportChange, stored: ActionItem, upload: Choices, now: string) {
  const { conflicts, note } = change
  const takeAll = upload.overwrite.includes(stored.id)
  const forNote = chosenForNote(conflicts, upload.choices[stored.id], takeAll)
  const keptMine = forNote.length < conflicts.length
  if (change.fields.length === 0 && forNote.length === 0) {
    return { item: followLine(stored, change), written: false, keptMine }
  }
  const version = stored.version + 1
  // The note wrote this version: a later import updates it without asking.
  const noteVersion = keptMine || change.kept.length > 0 ? stored.noteVersion : version
  const item = note ? takeFromNote(change.item, note, forNote) : change.item
  return { item: { ...item, version, noteVersion, updatedAt: now }, written: true, keptMine }
}

/**
 * Where the task now stands in its note. Following it is no edit: the version stays, so an
 * item edited in the app still asks before the note overwrites it.
 */
function followLine(stored: ActionItem, change: ImportChange): ActionItem {
  return { ...stored, source: change.item.source }
}

export function noteHandlers(store: Store) {
  return [
    http.post(apiPath('/notes/preview'), async ({ request }) => {
      const body = await readJsonBody(request)
      if (!body.ok) return body.response
      const upload = noteUploadSchema.safeParse(body.value)
      if (!upload.success) return badRequest(upload.error, 'upload')
      const refused = checkOwnerMap(store, upload.data.ownerMap)
      if (refused) return refused
      const preview: ImportPreview = readUpload(store, upload.data)
      return HttpResponse.json(preview)
    }),

    http.post(apiPath('/notes/import'), async ({ request }) => {
      const body = await readJsonBody(request)
      if (!body.ok) return body.response
      const upload = noteUploadSchema.safeParse(body.value)
      if (!upload.success) return badRequest(upload.error, 'upload')
      const refused = checkOwnerMap(store, upload.data.ownerMap)
      if (refused) return refused
      const { notes, changes } = readUpload(store, upload.data)
      const stray = checkChoices(upload.data, changes)
      if (stray) return stray
      const result: ImportResult = {
        notes,
        created: 0,
        updated: 0,
        unchanged: 0,
        kept: 0,
        gone: 0,
      }
      const now = new Date().toISOString()
      const indexOf = new Map(store.actionItems.map((item, index) => [item.id, index]))

      for (const change of changes) {
        const index = indexOf.get(change.item.id) ?? -1
        const stored = store.actionItems[index]
        if (change.kind === 'gone') {
          // Deleting a task from the note deletes nothing here: the preview names the item.
          result.gone += 1
          continue
        } else if (change.kind === 'create') {
          store.actionItems.push(change.item)
          result.created += 1
        } else if (stored) {
          const settled = settle(change, stored, upload.data, now)
          store.actionItems[index] = settled.item
          if (settled.written) result.updated += 1
          else result.unchanged += 1
          if (settled.keptMine) result.kept += 1
        }
        // What the note says now is the base the next import of it merges from.
        const base = change.kind === 'create' ? noteFieldsOf(change.item) : change.note
        if (base) store.noteBases[change.item.id] = base
      }
      const ids = new Set(notes.map((n) => n.id))
      store.notes = [...store.notes.filter((n) => !ids.has(n.id)), ...notes]
      store.save()
      return HttpResponse.json(result)
    }),
  ]
}
