import { http, HttpResponse } from 'msw'
import {
  noteUploadSchema,
  type ActionItem,
  type ImportChange,
  type ImportPreview,
  type ImportResult,
  type NoteMeta,
} from '@/contract'
import { planImport } from '@/domain/action-items/plan-import'
import { applyOwnerMap, type OwnerMap } from '@/domain/notes/map-owners'
import { seedAccountAliases } from '@/domain/notes/known-accounts'
import { parseNote } from '@/domain/notes/parse-note'
import { noteIdOf, taskToActionItem } from '../seed/build-seed'
import type { Store } from '../store/store'
import { apiPath, badRequest, errorResponse, readJsonBody } from './respond'

type Upload = { notes: Array<{ name: string; text: string }>; ownerMap: OwnerMap }

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
      people: store.seed.people,
      accounts: seedAccountAliases,
    })
    const parsed = applyOwnerMap(read, upload.ownerMap)
    notes.push(parsed.meta)
    items.push(...parsed.tasks.map((task) => taskToActionItem(task, parsed.meta, now)))
  }
  const noteIds = new Set(notes.map((note) => note.id))
  return { notes, changes: planImport(store.actionItems, items, noteIds) }
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
      const overwrite = new Set(upload.data.overwrite)
      const result: ImportResult = { notes, created: 0, updated: 0, unchanged: 0, kept: 0 }
      const now = new Date().toISOString()
      const indexOf = new Map(store.actionItems.map((item, index) => [item.id, index]))

      for (const change of changes) {
        const index = indexOf.get(change.item.id) ?? -1
        const stored = store.actionItems[index]
        if (change.kind === 'gone') {
          // Deleting a task from the note deletes nothing here: the preview names the item.
          continue
        } else if (change.kind === 'create') {
          store.actionItems.push(change.item)
          result.created += 1
        } else if (change.kind === 'unchanged') {
          if (stored) store.actionItems[index] = followLine(stored, change)
          result.unchanged += 1
        } else if (change.kind === 'conflict' && !overwrite.has(change.item.id)) {
          if (stored) store.actionItems[index] = followLine(stored, change)
          result.kept += 1
        } else {
          const version = (stored?.version ?? 0) + 1
          // The note wrote this version: a later import updates it without asking.
          store.actionItems[index] = {
            ...change.item,
            version,
            noteVersion: version,
            updatedAt: now,
          }
          result.updated += 1
        }
      }
      const ids = new Set(notes.map((n) => n.id))
      store.notes = [...store.notes.filter((n) => !ids.has(n.id)), ...notes]
      store.save()
      return HttpResponse.json(result)
    }),
  ]
}
