import { dueBucketValues, priorityValues, statusValues, type ActionItemList } from '@/contract'
import type { ActionItemsView } from '../url-state'
import { FacetGroup, FOLD_SLACK, type FacetOption } from './facet-group'
import { dueLabels, priorityLabels, statusLabels } from './labels'
import type { Lookups } from './use-lookups'
import { DueRangeInputs } from './due-range-inputs'
import { TagInput } from './filter-inputs'

type Facets = ActionItemList['facets']

// Owners and accounts run to hundreds: the busiest ten show, and the rest on request.
const FOLD_AFTER = 10

interface FilterPanelProps {
  view: ActionItemsView
  facets: Facets | undefined
  lookups: Lookups
  onChange(patch: Partial<ActionItemsView>): void
}

function fixedOptions<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  counts: Record<string, number> | undefined,
): FacetOption[] {
  return values.map((value) => ({ value, label: labels[value], count: counts?.[value] ?? 0 }))
}

/**
 * Options the server counted, plus the "nobody"/"none" option last. A list short enough to
 * show whole is in name order, so options stay put as the counts change with each click; a
 * longer one is busiest first, as its fold shows the busiest.
 */
function countedOptions(
  counts: Record<string, number> | undefined,
  empty: { value: string; label: string },
  nameOf: (id: string) => string,
): FacetOption[] {
  const options = Object.entries(counts ?? {})
    .filter(([value]) => value !== empty.value)
    .map(([value, count]) => ({ value, label: nameOf(value), count }))
  const byName = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label)
  const folds = options.length + 1 > FOLD_AFTER + FOLD_SLACK
  options.sort(folds ? (a, b) => b.count - a.count || byName(a, b) : byName)
  return [...options, { ...empty, count: counts?.[empty.value] ?? 0 }]
}

export function FilterPanel({ view, facets, lookups, onChange }: FilterPanelProps) {
  return (
    <div className="space-y-5">
      <div className="space-y-3">
        <FacetGroup
          legend="Due"
          options={fixedOptions(dueBucketValues, dueLabels, facets?.due)}
          selected={view.due}
          onChange={(due) => onChange({ due: due as ActionItemsView['due'] })}
        />
        <DueRangeInputs view={view} onChange={onChange} />
      </div>
      <FacetGroup
        legend="Owner"
        options={countedOptions(
          facets?.owner,
          { value: 'unassigned', label: 'Unassigned' },
          lookups.ownerName,
        )}
        selected={view.owner}
        onChange={(owner) => onChange({ owner })}
        limit={FOLD_AFTER}
        pinned={['unassigned']}
      />
      <FacetGroup
        legend="Status"
        options={fixedOptions(statusValues, statusLabels, facets?.status)}
        selected={view.status}
        onChange={(status) => onChange({ status: status as ActionItemsView['status'] })}
      />
      <FacetGroup
        legend="Priority"
        options={fixedOptions(priorityValues, priorityLabels, facets?.priority)}
        selected={view.priority}
        onChange={(priority) => onChange({ priority: priority as ActionItemsView['priority'] })}
      />
      <FacetGroup
        legend="Account"
        options={countedOptions(
          facets?.account,
          { value: 'none', label: 'No account' },
          lookups.accountName,
        )}
        selected={view.account}
        onChange={(account) => onChange({ account })}
        limit={FOLD_AFTER}
        pinned={['none']}
      />
      <TagInput view={view} onChange={onChange} />
    </div>
  )
}
