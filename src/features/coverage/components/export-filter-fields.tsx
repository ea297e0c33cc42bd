import type { Account } from '@/contract'
import type { Directory } from '../lib/use-directory'

export interface ExportFilters {
  layer: string
  team: string
  person: string
}

interface ExportFilterFieldsProps {
  all: { id: string; name: string }[]
  selected: string[]
  details: Account[]
  filters: ExportFilters
  directory: Directory
  onSelect(ids: string[]): void
  onFilter(filters: ExportFilters): void
}

function listOptions(details: Account[], directory: Directory) {
  const layers = new Map<string, string>()
  const teams = new Map<string, string>()
  const people = new Map<string, string>()
  for (const { rota } of details) {
    for (const layer of rota.layers) {
      layers.set(layer.id, layer.name)
      teams.set(layer.teamId, directory.teamName(layer.teamId))
      for (const id of layer.rotation.members) people.set(id, directory.personName(id))
    }
    for (const override of rota.overrides) {
      people.set(override.personId, directory.personName(override.personId))
    }
  }
  const sorted = (map: Map<string, string>) =>
    [...map.entries()].sort((a, b) => a[1].localeCompare(b[1]))
  return { layers: sorted(layers), teams: sorted(teams), people: sorted(people) }
}

function FilterSelect(props: {
  label: string
  value: string
  options: [string, string][]
  onChange(value: string): void
}) {
  return (
    <label className="flex min-w-0 flex-col gap-1 text-sm">
      {props.label}
      <select
        className="field"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">All</option>
        {props.options.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Which accounts, and optionally one layer, team or person within them. */
export function ExportFilterFields(props: ExportFilterFieldsProps) {
  const { all, selected, details, filters, directory, onSelect, onFilter } = props
  const options = listOptions(details, directory)
  const toggle = (id: string, on: boolean) =>
    onSelect(
      on
        ? all.map((a) => a.id).filter((a) => a === id || selected.includes(a))
        : selected.filter((s) => s !== id),
    )

  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="text-sm font-semibold">Accounts</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {all.map((account) => (
            <label key={account.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-sky-700"
                checked={selected.includes(account.id)}
                onChange={(event) => toggle(account.id, event.target.checked)}
              />
              {account.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-semibold">Only</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          <FilterSelect
            label="Layer"
            value={filters.layer}
            options={options.layers}
            onChange={(layer) => onFilter({ ...filters, layer })}
          />
          <FilterSelect
            label="Team"
            value={filters.team}
            options={options.teams}
            onChange={(team) => onFilter({ ...filters, team })}
          />
          <FilterSelect
            label="Person"
            value={filters.person}
            options={options.people}
            onChange={(person) => onFilter({ ...filters, person })}
          />
        </div>
      </fieldset>
    </div>
  )
}
