import { memo, useId, useState } from 'react'
import type { ImportChange } from '@/contract'
import { ChangeRow } from './change-row'
import { ChooseAll, type ItemChoices } from './conflict-fields'
import type { Names } from './describe-change'

type Kind = ImportChange['kind']

const groups: Array<{ kind: Kind; title: string; hint: string }> = [
  {
    kind: 'conflict',
    title: 'Conflict',
    hint: 'A field changed both in the app and in the note since the last import: choose.',
  },
  { kind: 'create', title: 'Create', hint: 'New items.' },
  {
    kind: 'update',
    title: 'Update',
    hint: 'The note’s changes are taken; fields edited only in the app stay.',
  },
  {
    kind: 'unchanged',
    title: 'Unchanged',
    hint: 'Nothing new in the note, or only moved; edits in the app stay.',
  },
  {
    kind: 'gone',
    title: 'No longer in the note',
    hint: 'Their tasks were removed from the note; the items stay in the app as they are.',
  },
]

/** Rows past this many wait for "Show all", so a note of thousands of tasks stays quick. */
const SHOWN_ROWS = 100

interface ChangeGroupsProps {
  changes: ImportChange[]
  names: Names
  choices: Record<string, ItemChoices>
  onChoose(id: string, choices: ItemChoices): void
}

function ChangeGroup({
  kind,
  title,
  hint,
  changes,
  ...rowProps
}: Omit<ChangeGroupsProps, 'changes'> & (typeof groups)[number] & { changes: ImportChange[] }) {
  const headingId = useId()
  const [all, setAll] = useState(false)
  const shown = all ? changes : changes.slice(0, SHOWN_ROWS)
  const columns = ['Item', 'Owner', 'Due', 'Priority', 'What changes', 'Line']

  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="flex flex-wrap items-baseline gap-x-2 font-semibold">
        {title} ({changes.length})
        <span className="text-sm font-normal text-slate-600 dark:text-slate-400">{hint}</span>
      </h3>
      {kind === 'conflict' ? (
        <ChooseAll label="All conflicts" changes={changes} onChoose={rowProps.onChoose} />
      ) : null}
      <div
        role="region"
        aria-label={`${title} changes, scrolls sideways`}
        tabIndex={0}
        className={
          'overflow-x-auto rounded-lg border border-slate-200 bg-white ' +
          'dark:border-slate-800 dark:bg-slate-900'
        }
      >
        <table className="w-full border-collapse text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600 dark:bg-slate-950 dark:text-slate-400">
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className="px-3 py-2">
                  {column}
                </th>
              ))}
              {kind === 'conflict' ? (
                <th scope="col" className="px-3 py-2">
                  Resolution
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((change) => (
              <ChangeRow key={change.item.id} change={change} {...rowProps} />
            ))}
          </tbody>
        </table>
      </div>
      {changes.length > SHOWN_ROWS ? (
        <button type="button" className="btn" onClick={() => setAll(!all)}>
          {all ? `Show the first ${SHOWN_ROWS}` : `Show all ${changes.length.toLocaleString()}`}
        </button>
      ) : null}
    </section>
  )
}

/** What the import would do, grouped by kind; memoised so typing above it stays fast. */
export const ChangeGroups = memo(function ChangeGroups({ changes, ...rest }: ChangeGroupsProps) {
  return (
    <div className="space-y-5">
      {groups.map((group) => {
        const inGroup = changes.filter((change) => change.kind === group.kind)
        if (inGroup.length === 0) return null
        return <ChangeGroup key={group.kind} {...group} changes={inGroup} {...rest} />
      })}
    </div>
  )
})
