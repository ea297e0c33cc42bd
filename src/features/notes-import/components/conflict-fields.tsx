import type { ImportChange, MergeChoice, MergeField } from '@/contract'
import { revealBidiControls } from '@/lib/reveal-bidi'
import { describeConflict, type Names } from './describe-change'

/** Per field, whose value an item in conflict keeps; a field left out keeps the app's. */
export type ItemChoices = Partial<Record<MergeField, MergeChoice>>

interface ConflictFieldsProps {
  change: ImportChange
  names: Names
  choices: ItemChoices
  onChoose(id: string, choices: ItemChoices): void
}

function allTo(fields: MergeField[], choice: MergeChoice): ItemChoices {
  return Object.fromEntries(fields.map((field) => [field, choice]))
}

/** "Keep all mine" and "Take all from the note", for one item or for every one in conflict. */
export function ChooseAll({
  label,
  changes,
  onChoose,
}: {
  label: string
  changes: ImportChange[]
  onChoose(id: string, choices: ItemChoices): void
}) {
  const chooseAll = (choice: MergeChoice) => {
    for (const change of changes) onChoose(change.item.id, allTo(change.conflicts, choice))
  }
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-2">
      <button type="button" className="btn py-0.5 text-xs" onClick={() => chooseAll('app')}>
        Keep all mine
      </button>
      <button type="button" className="btn py-0.5 text-xs" onClick={() => chooseAll('note')}>
        Take all from the note
      </button>
    </div>
  )
}

const sides: Array<[MergeChoice, string]> = [
  ['app', 'Keep the app’s'],
  ['note', 'Take the note’s'],
]

/** One choice per field changed both in the app and in the note, and both at once. */
export function ConflictFields({ change, names, choices, onChoose }: ConflictFieldsProps) {
  const { id, title } = change.item
  const described = change.conflicts.flatMap((field) => {
    const conflict = describeConflict(change, field, names)
    return conflict ? [conflict] : []
  })

  return (
    <div className="min-w-[16rem] space-y-2">
      {described.map(({ field, label, app, note }) => {
        const choice = choices[field] ?? 'app'
        return (
          <fieldset key={field}>
            <legend className="text-sm">
              <span className="font-medium">{label}:</span> app says {revealBidiControls(app)}, note
              now says {revealBidiControls(note)}
            </legend>
            <div className="flex flex-wrap gap-x-3">
              {sides.map(([value, text]) => (
                <label key={value} className="flex items-center gap-1.5 py-0.5 whitespace-nowrap">
                  <input
                    type="radio"
                    name={`conflict-${id}-${field}`}
                    value={value}
                    checked={choice === value}
                    onChange={() => onChoose(id, { [field]: value })}
                  />
                  {text}
                </label>
              ))}
            </div>
          </fieldset>
        )
      })}
      {described.length > 1 ? (
        <ChooseAll label={`All conflicts of “${title}”`} changes={[change]} onChoose={onChoose} />
      ) : null}
    </div>
  )
}
