import { useId } from 'react'
import type { ImportChange } from '@/contract'
import type { OwnerMap } from '../api/preview-notes'

interface OwnerMappingProps {
  changes: ImportChange[]
  /** The mapping the preview was made with. */
  previewed: OwnerMap
  /** The mapping as the user has chosen it, ahead of the preview while one is on its way. */
  ownerMap: OwnerMap
  people: Array<{ id: string; name: string }>
  onMap(label: string, personId: string | null): void
}

/** Owners as written that matched no one, with how many items each has; mapped ones stay. */
export function unknownOwnerLabels(changes: ImportChange[], previewed: OwnerMap) {
  const counts = new Map<string, number>()
  for (const { item } of changes) {
    const label = item.ownerLabel
    if (label === null || (item.ownerId !== null && previewed[label] === undefined)) continue
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b))
}

export function OwnerMapping(props: OwnerMappingProps) {
  const { changes, previewed, ownerMap, people, onMap } = props
  const headingId = useId()
  const labels = unknownOwnerLabels(changes, previewed)
  if (labels.length === 0) return null

  return (
    <section
      aria-labelledby={headingId}
      className={
        'space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 ' +
        'dark:border-amber-800 dark:bg-amber-950'
      }
    >
      <h3 id={headingId} className="font-semibold">
        Unknown owners
      </h3>
      <p className="text-sm">
        Map each to a known person, or leave its items unassigned. The preview updates.
      </p>
      <ul className="space-y-2">
        {labels.map(([label, count]) => (
          <li key={label} className="flex flex-wrap items-center gap-2 text-sm">
            <label htmlFor={`${headingId}-${label}`} className="font-medium">
              Map {label} to…
            </label>
            <select
              id={`${headingId}-${label}`}
              className="field w-48"
              value={ownerMap[label] ?? ''}
              onChange={(event) => onMap(label, event.target.value || null)}
            >
              <option value="">Leave unassigned</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
            <span className="text-slate-600 dark:text-slate-400">
              {count} item{count === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
