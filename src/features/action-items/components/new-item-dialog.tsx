import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { priorityValues, toOneLine, type ActionItem, type Priority } from '@/contract'
import { useCreateActionItem } from '../api/create-action-item'
import { checkDateField } from './check-date'
import { checkTags, readTags, splitTags } from './check-tags'
import { checkTitle } from './check-title'
import { AccountChoices } from './account-choices'
import { describeRefusal, refusedPath } from './describe-refusal'
import { describeField, FieldProblem } from './field-problem'
import { priorityLabels } from './labels'
import type { Lookups } from './use-lookups'

interface NewItemDialogProps {
  lookups: Lookups
  /** The viewer's calendar date, which the item is created on. */
  today: string
  onClose(): void
  onCreated(item: ActionItem): void
}

const labelClass = 'mb-1 block text-sm font-medium'

type FormField = 'title' | 'ownerId' | 'due' | 'priority' | 'accountIds' | 'tags'
const formFields = new Set<string>(['title', 'ownerId', 'due', 'priority', 'accountIds', 'tags'])

function isFormField(field: string): field is FormField {
  return formFields.has(field)
}

/**
 * A native modal dialog: showModal() makes the page behind it inert, traps focus, closes
 * on Escape and gives focus back to the button that opened it.
 */
export function NewItemDialog({ lookups, today, onClose, onCreated }: NewItemDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const create = useCreateActionItem()
  const ids: Record<FormField, string> = {
    title: useId(),
    ownerId: useId(),
    due: useId(),
    priority: useId(),
    accountIds: useId(),
    tags: useId(),
  }
  const headingId = useId()
  const [title, setTitle] = useState('')
  const [ownerId, setOwnerId] = useState('')
  const [due, setDue] = useState('')
  const [priority, setPriority] = useState<Priority>('none')
  const [accountIds, setAccountIds] = useState<string[]>([])
  const [tags, setTags] = useState('')
  const [titleError, setTitleError] = useState<string | null>(null)
  const [dueError, setDueError] = useState<string | null>(null)
  const [tagsError, setTagsError] = useState<string | null>(null)
  const titleRef = useRef<HTMLTextAreaElement>(null)
  const dueRef = useRef<HTMLInputElement>(null)
  const tagsRef = useRef<HTMLInputElement>(null)
  const refusalRef = useRef<HTMLParagraphElement>(null)

  // A refusal naming a field of the form is shown at that field; any other, under the form.
  const path = refusedPath(create.error)
  const refused = path && isFormField(path.field) ? { field: path.field, index: path.index } : null
  const sent = { tags: splitTags(tags), due: create.variables?.due }
  const refusal = create.error ? describeRefusal(create.error, sent) : undefined
  // The server counts the accounts in the order they were ticked, as they were sent.
  const refusedAccount =
    refused?.field === 'accountIds' ? create.variables?.accountIds?.[refused.index ?? 0] : undefined
  const refusedId = refusedAccount
    ? `${ids.accountIds}-${refusedAccount}`
    : refused && ids[refused.field]

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  // Focus goes where the user reads what to fix, which also keeps it inside the dialog.
  useEffect(() => {
    if (!create.error) return
    const target = refusedId ? document.getElementById(refusedId) : refusalRef.current
    target?.focus()
  }, [create.error, refusedId])

  function problemFor(field: FormField): string | undefined {
    const local: Partial<Record<FormField, string | null>> = {
      title: titleError,
      due: dueError,
      tags: tagsError,
    }
    return local[field] ?? (refused?.field === field ? refusal : undefined)
  }

  /** A change to the field the server refused takes its refusal away, as typing does. */
  function edited(field: FormField) {
    if (refused?.field === field) create.reset()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (create.isPending) return
    create.reset()
    // A title is one line: pasted line breaks become spaces, as the server would make them.
    const oneLineTitle = toOneLine(title).trim()
    const titleProblem = checkTitle(oneLineTitle)
    // A date half typed or not in the calendar reads as "": sent, it would be dropped.
    const dueProblem = dueRef.current && checkDateField(dueRef.current)
    const tagsProblem = checkTags(tags)
    setTitleError(titleProblem)
    setDueError(dueProblem)
    setTagsError(tagsProblem)
    if (titleProblem) titleRef.current?.focus()
    else if (dueProblem) dueRef.current?.focus()
    else if (tagsProblem) tagsRef.current?.focus()
    if (titleProblem || dueProblem || tagsProblem) return
    const input = {
      title: oneLineTitle,
      ownerId: ownerId || null,
      due: due || null,
      priority,
      accountIds,
      tags: readTags(tags),
      today,
    }
    create.mutate(input, {
      onSuccess: (item) => {
        onCreated(item)
        dialogRef.current?.close()
      },
    })
  }

  function toggleAccount(id: string, checked: boolean) {
    setAccountIds((current) => (checked ? [...current, id] : current.filter((a) => a !== id)))
    edited('accountIds')
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onClose={onClose}
      className={
        'm-auto w-[min(34rem,calc(100vw-1.5rem))] rounded-xl border border-slate-200 bg-white ' +
        'p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 ' +
        'dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100'
      }
    >
      <form onSubmit={submit} noValidate className="space-y-4 p-5">
        <h2 id={headingId} className="text-lg font-semibold">
          New action item
        </h2>

        <div>
          <label htmlFor={ids.title} className={labelClass}>
            Title <span className="text-red-700 dark:text-red-300">(required)</span>
          </label>
          {/* A textarea so that a long title wraps in view; the title is still one line. */}
          <textarea
            ref={titleRef}
            id={ids.title}
            value={title}
            rows={2}
            required
            {...describeField(`${ids.title}-problem`, problemFor('title'), `${ids.title}-hint`)}
            onChange={(event) => {
              setTitle(event.target.value)
              setTitleError(null)
              edited('title')
            }}
            onKeyDown={(event) => {
              // Enter creates the item, as in a one-line field; Shift+Enter adds no line break.
              if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
              event.preventDefault()
              if (!event.shiftKey) event.currentTarget.form?.requestSubmit()
            }}
            className="field block w-full resize-y"
          />
          <FieldProblem id={`${ids.title}-problem`} problem={problemFor('title')} />
          <p id={`${ids.title}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            One line: Enter creates the item, and line breaks pasted become spaces.
          </p>
        </div>

        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor={ids.ownerId} className={labelClass}>
              Owner
            </label>
            <select
              id={ids.ownerId}
              value={ownerId}
              {...describeField(`${ids.ownerId}-problem`, problemFor('ownerId'))}
              onChange={(event) => {
                setOwnerId(event.target.value)
                edited('ownerId')
              }}
              className="field w-full"
            >
              <option value="">Unassigned</option>
              {lookups.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
            <FieldProblem id={`${ids.ownerId}-problem`} problem={problemFor('ownerId')} />
          </div>
          <div>
            <label htmlFor={ids.due} className={labelClass}>
              Due date
            </label>
            <input
              ref={dueRef}
              id={ids.due}
              type="date"
              value={due}
              {...describeField(`${ids.due}-problem`, problemFor('due'))}
              onChange={(event) => {
                setDue(event.target.value)
                setDueError(null)
                edited('due')
              }}
              className="field w-full"
            />
            <FieldProblem id={`${ids.due}-problem`} problem={problemFor('due')} />
          </div>
          <div>
            <label htmlFor={ids.priority} className={labelClass}>
              Priority
            </label>
            <select
              id={ids.priority}
              value={priority}
              {...describeField(`${ids.priority}-problem`, problemFor('priority'))}
              onChange={(event) => {
                setPriority(event.target.value as Priority)
                edited('priority')
              }}
              className="field w-full"
            >
              {priorityValues.map((value) => (
                <option key={value} value={value}>
                  {priorityLabels[value]}
                </option>
              ))}
            </select>
            <FieldProblem id={`${ids.priority}-problem`} problem={problemFor('priority')} />
          </div>
        </div>

        <AccountChoices
          id={ids.accountIds}
          accounts={lookups.accounts}
          chosen={accountIds}
          onToggle={toggleAccount}
          refused={refusedAccount ?? null}
          problem={problemFor('accountIds')}
        />

        <div>
          <label htmlFor={ids.tags} className={labelClass}>
            Tags
          </label>
          <input
            ref={tagsRef}
            id={ids.tags}
            value={tags}
            placeholder="#task #escalation"
            {...describeField(`${ids.tags}-problem`, problemFor('tags'), `${ids.tags}-hint`)}
            onChange={(event) => {
              setTags(event.target.value)
              setTagsError(null)
              edited('tags')
            }}
            className="field w-full"
          />
          <FieldProblem id={`${ids.tags}-problem`} problem={problemFor('tags')} />
          <p id={`${ids.tags}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            Separate tags with spaces; the # is added if you leave it out.
          </p>
        </div>

        {create.isPaused ? (
          <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
            You are offline: the item will be created when you reconnect.
          </p>
        ) : null}
        {create.isError && !refused ? (
          <p
            ref={refusalRef}
            role="alert"
            tabIndex={-1}
            className={
              'rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 ' +
              'dark:border-red-800 dark:bg-red-950 dark:text-red-100'
            }
          >
            The item was not created. {refusal}
          </p>
        ) : null}

        <div className="flex flex-wrap justify-end gap-2 pt-1">
          <button type="button" className="btn" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          {/* Not disabled while sending: a disabled button drops focus to the page body. */}
          <button type="submit" className="btn btn-primary" aria-disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create item'}
          </button>
        </div>
      </form>
    </dialog>
  )
}
