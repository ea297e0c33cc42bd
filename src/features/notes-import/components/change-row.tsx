import type { ImportChange } from '@/contract'
import { revealBidiControls } from '@/lib/reveal-bidi'
import { priorityLabels, priorityTone } from '@/features/action-items/components/labels'
import type { ConflictChoice } from './change-groups'
import { describeFields, ownerText, type Names } from './describe-change'

interface ChangeRowProps {
  change: ImportChange
  names: Names
  choices: Record<string, ConflictChoice>
  onChoose(id: string, choice: ConflictChoice): void
}

const cell = 'px-3 py-2 align-top'

export function ChangeRow({ change, names, choices, onChoose }: ChangeRowProps) {
  const { item, kind } = change
  const owner = ownerText(item, names)
  const fields = describeFields(change, names)

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
        {kind === 'unchanged' && fields.length === 0 ? (
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
      </td>
      <td className={`${cell} whitespace-nowrap text-slate-600 dark:text-slate-400`}>
        {item.source ? item.source.line : '—'}
      </td>
      {kind === 'conflict' ? (
        <td className={cell}>
          <ConflictChoiceInput
            id={item.id}
            title={item.title}
            choice={choices[item.id] ?? 'keep'}
            onChoose={onChoose}
          />
        </td>
      ) : null}
    </tr>
  )
}

function ConflictChoiceInput({
  id,
  title,
  choice,
  onChoose,
}: {
  id: string
  title: string
  choice: ConflictChoice
  onChoose(id: string, choice: ConflictChoice): void
}) {
  const options: Array<[ConflictChoice, string]> = [
    ['keep', 'Keep the app’s version'],
    ['take', 'Take the note’s'],
  ]
  return (
    <fieldset className="min-w-[12rem]">
      <legend className="sr-only">Conflict on “{title}”</legend>
      {options.map(([value, label]) => (
        <label key={value} className="flex items-center gap-2 py-0.5 whitespace-nowrap">
          <input
            type="radio"
            name={`conflict-${id}`}
            value={value}
            checked={choice === value}
            onChange={() => onChoose(id, value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  )
}
