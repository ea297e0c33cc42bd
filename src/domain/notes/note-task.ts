import type { Priority, Status } from '@/contract/action-items'
import type { NoteEncoding } from '@/contract/imports'
import type { NoteWarning } from '@/contract/notes'
import type { AccountAlias } from './known-accounts'
import type { PersonName } from './match-owner'

export type NoteContext = {
  noteId: string
  notePath: string
  people: PersonName[]
  accounts: AccountAlias[]
  /** How the file's bytes were read (`decode-note-bytes.ts`); text as given is UTF-8. */
  encoding?: NoteEncoding
}

export type NoteTask = {
  key: string
  line: number
  statusSymbol: string
  status: Status
  title: string
  ownerLabel: string | null
  ownerId: string | null
  due: string | null
  scheduled: string | null
  start: string | null
  created: string | null
  done: string | null
  cancelled: string | null
  priority: Priority
  tags: string[]
  recurrence: string | null
  onCompletion: string | null
  taskId: string | null
  dependsOn: string[]
  blockId: string | null
  accountIds: string[]
  warnings: NoteWarning[]
}
