import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { priorityValues, type ActionItem, type Priority } from '@/contract'
import { useCreateActionItem } from '../api/create-action-item'
import { checkTags, readTags, splitTags } from './check-tags'
import { checkTitle } from './check-title'
import { describeRefusal } from './describe-refusal'
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

/**
 * A native modal dialog: showModal() makes the page behind it inert, traps focus, closes
 * on Escape and gives focus back to the button that opened it.
 */
export function NewItemDialog({ lookups, today, onClose, onCreated }: NewItemDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const create = useCreateActionItem()
  const ids = { title: useId(), owner: useId(), due: useId(), priority: useId(), tags: useId() }
  const headingId = useId()
  const [title, setTitle] = useState('')
  const [ownerId, setOwnerId] = useState('')
  const [due, setDue] = useState('')
  const [priority, setPriority] = useState<Priority>('none')
  const [accountIds, setAccountIds] = useState<string[]>([])
  const [tags, setTags] = useState('')
  const [titleError, setTitleError] = useState<string | null>(null)
  const [tagsError, setTagsError] = useState<string | null>(null)
  const titleRef = useRef<HTMLTextAreaElement>(null)
  const tagsRef = useRef<HTMLInputElement>(null)
  const refusalRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  // The refusal is where the user reads what to fix, and keeps focus inside the dialog.
  useEffect(() => {
    if (create.error) refusalRef.current?.focus()
  }, [create.error])

  function submit(event: FormEvent) {
    event.preventDefault()
    if (create.isPending) return
    const titleProblem = checkTitle(title)
    const tagsProblem = checkTags(tags)
    setTitleError(titleProblem)
    setTagsError(tagsProblem)
    if (titleProblem) titleRef.current?.focus()
    else if (tagsProblem) tagsRef.current?.focus()
    if (titleProblem || tagsProblem) return
    const input = {
      title: title.trim(),
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
          <textarea
            ref={titleRef}
            id={ids.title}
            value={title}
            rows={2}
            required
            aria-invalid={titleError !== null}
            aria-describedby={titleError ? `${ids.title}-error` : undefined}
            onChange={(event) => {
              setTitle(event.target.value)
              setTitleError(null)
            }}
            className="field block w-full resize-y"
          />
          {titleError ? (
            <p id={`${ids.title}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
              {titleError}
            </p>
          ) : null}
        </div>

        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor={ids.owner} className={labelClass}>
              Owner
            </label>
            <select
              id={ids.owner}
              value={ownerId}
              onChange={(event) => setOwnerId(event.target.value)}
              className="field w-full"
            >
              <option value="">Unassigned</option>
              {lookups.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.due} className={labelClass}>
              Due date
            </label>
            <input
              id={ids.due}
              type="date"
              value={due}
              onChange={(event) => setDue(event.target.value)}
              className="field w-full"
            />
          </div>
          <div>
            <label htmlFor={ids.priority} className={labelClass}>
              Priority
            </label>
            <select
              id={ids.priority}
              value={priority}
              onChange={(event) => setPriority(event.target.value as Priority)}
              className="field w-full"
            >
              {priorityValues.map((value) => (
                <option key={value} value={value}>
                  {priorityLabels[value]}
                </option>
              ))}
            </select>
          </div>
        </div>

        {lookups.accounts.length > 0 ? (
          <fieldset>
            <legend className={labelClass}>Accounts</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {lookups.accounts.map((account) => (
                <label key={account.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={accountIds.includes(account.id)}
                    onChange={(event) => toggleAccount(account.id, event.target.checked)}
                  />
                  {account.name}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        <div>
          <label htmlFor={ids.tags} className={labelClass}>
            Tags
          </label>
          <input
            ref={tagsRef}
            id={ids.tags}
            value={tags}
            placeholder="#task #escalation"
            aria-invalid={tagsError !== null}
            aria-describedby={`${tagsError ? `${ids.tags}-error ` : ''}${ids.tags}-hint`}
            onChange={(event) => {
              setTags(event.target.value)
              setTagsError(null)
            }}
            className="field w-full"
          />
          {tagsError ? (
            <p id={`${ids.tags}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
              {tagsError}
            </p>
          ) : null}
          <p id={`${ids.tags}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            Separate tags with spaces; the # is added if you leave it out.
          </p>
        </div>

        {create.isPaused ? (
          <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
            You are offline: the item will be created when you reconnect.
          </p>
        ) : null}
        {create.isError ? (
          <p
            ref={refusalRef}
            role="alert"
            tabIndex={-1}
            className={
              'rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 ' +
              'dark:border-red-800 dark:bg-red-950 dark:text-red-100'
            }
          >
            The item was not created. {describeRefusal(create.error, splitTags(tags))}
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
