import type { ImportChange } from '@/contract'
import { chosenForNote, takeFromNote } from '@/domain/action-items/merge-fields'
import { revealBidiControls } from '@/lib/reveal-bidi'
import { priorityLabels, priorityTone } from '@/features/action-items/components/labels'
import { ConflictFields, type ItemChoices } from './conflict-fields'
import { describeFields, describeKept, ownerText, type Names } from './describe-change'

interface ChangeRowProps {
  change: ImportChange
  names: Names
  choices: Record<string, ItemChoices>
  onChoose(id: string, choices: ItemChoices): void
}

const cell = 'px-3 py-2 align-top'

/** The item as importing would save it, with the conflicts settled as chosen so far. */
function asChosen(change: ImportChange, choices: ItemChoices | undefined) {
  if (change.kind !== 'conflict' || !change.note) return change.item
  const forNote = chosenForNote(change.conflicts, choices, false)
  return takeFromNote(change.item, change.note, forNote)
}

export function ChangeRow({ change, names, choices, onChoose }: ChangeRowProps) {
  const { kind } = change
  const item = asChosen(change, choices[change.item.id])
  const owner = ownerText(item, names)
  const fields = describeFields(change, names)
  const kept = describeKept(change, names)

  return (
    <tr className="border-t border-slate-200 dark:border-slate-800">
      <th scope="row" className={`${cell} min-w-[14rem] text-left font-normal wrap-anywhere`}>
        {revealBidiControls(item.title)}
        {item.warnings.length > 0 ? (
          <ul className="mt-1 space-y-0.5 text-xs text-amber-800 dark:text-amber-300">
            {item.warnings.map((warning) => (
              <li key={warning}>⚠ {revealBidiControls(warning)}</li>
            ))}
          </ul>
        ) : null}
      </th>
      <td className={`${cell} whitespace-nowrap`}>
        {owner.text}
        {owner.unknown ? (
          <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            unknown owner
          </span>
        ) : null}
      </td>
      <td className={`${cell} whitespace-nowrap tabular-nums`}>{item.due ?? '—'}</td>
      <td className={`${cell} ${priorityTone[item.priority]}`}>{priorityLabels[item.priority]}</td>
      <td className={`${cell} min-w-[12rem]`}>
        {kind === 'create' ? (
          <span>New{item.tags.length ? ` · ${revealBidiControls(item.tags.join(' '))}` : ''}</span>
        ) : null}
        {kind === 'gone' ? <span>Kept as it is</span> : null}
        {kind === 'unchanged' && fields.length === 0 && kept.length === 0 ? (
          <span className="text-slate-500">Nothing</span>
        ) : null}
        {fields.length > 0 ? (
          <ul className="space-y-0.5">
            {fields.map(({ field, label, from, to }) => (
              <li key={field}>
                <span className="font-medium">{label}:</span>{' '}
                <span className="text-slate-500 line-through dark:text-slate-400">
                  {revealBidiControls(from)}
                </span>
                <span aria-hidden="true"> → </span>
                <span className="sr-only"> becomes </span>
                {revealBidiControls(to)}
              </li>
            ))}
          </ul>
        ) : null}
        {kept.length > 0 ? (
          <ul className="space-y-0.5 text-slate-600 dark:text-slate-400">
            {kept.map(({ field, label, value }) => (
              <li key={field}>
                <span className="font-medium">{label}:</span> {revealBidiControls(value)}, as edited
                in the app, stays
              </li>
            ))}
          </ul>
        ) : null}
        {kind === 'conflict' ? (
          <p className="text-slate-600 dark:text-slate-400">
            {change.conflicts.length === 1 ? 'One field' : `${change.conflicts.length} fields`}{' '}
            changed on both sides: choose under Resolution
          </p>
        ) : null}
      </td>
      <td className={`${cell} whitespace-nowrap text-slate-600 dark:text-slate-400`}>
        {item.source ? item.source.line : '—'}
      </td>
      {kind === 'conflict' ? (
        <td className={cell}>
          <ConflictFields
            change={change}
            names={names}
            choices={choices[item.id] ?? {}}
            onChoose={onChoose}
          />
        </td>
      ) : null}
    </tr>
  )
}
