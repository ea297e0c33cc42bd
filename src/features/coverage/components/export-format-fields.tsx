import { useId } from 'react'
import type { WeekStart } from '@/lib/viewer-settings'
import { shortZoneName } from '../lib/clocks'

export type IcsMode = 'utc' | 'local'

export interface ExportFormat {
  weekStart: WeekStart
  zone: string
  icsMode: IcsMode
}

interface ExportFormatFieldsProps {
  format: ExportFormat
  zones: string[]
  onChange(format: ExportFormat): void
}

function Radio(props: { name: string; checked: boolean; label: string; onChange(): void }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="radio"
        name={props.name}
        className="size-4 accent-sky-700"
        checked={props.checked}
        onChange={props.onChange}
      />
      {props.label}
    </label>
  )
}

/** Week start, the zone of the local-time columns, and how the calendar writes times. */
export function ExportFormatFields({ format, zones, onChange }: ExportFormatFieldsProps) {
  const id = useId()
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <fieldset>
        <legend className="text-sm font-semibold">Week starts on</legend>
        <div className="mt-2 flex gap-4">
          <Radio
            name={`${id}-week`}
            label="Monday"
            checked={format.weekStart === 'mon'}
            onChange={() => onChange({ ...format, weekStart: 'mon' })}
          />
          <Radio
            name={`${id}-week`}
            label="Sunday"
            checked={format.weekStart === 'sun'}
            onChange={() => onChange({ ...format, weekStart: 'sun' })}
          />
        </div>
      </fieldset>
      <label className="flex min-w-0 flex-col gap-1 text-sm">
        <span className="font-semibold">Time zone for dates and local times</span>
        <select
          className="field"
          value={format.zone}
          onChange={(event) => onChange({ ...format, zone: event.target.value })}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {shortZoneName(zone) === zone ? zone : `${shortZoneName(zone)} (${zone})`}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend className="text-sm font-semibold">Calendar times</legend>
        <div className="mt-2 flex flex-col gap-1">
          <Radio
            name={`${id}-ics`}
            label="UTC (works everywhere)"
            checked={format.icsMode === 'utc'}
            onChange={() => onChange({ ...format, icsMode: 'utc' })}
          />
          <Radio
            name={`${id}-ics`}
            label="Team's local time (TZID)"
            checked={format.icsMode === 'local'}
            onChange={() => onChange({ ...format, icsMode: 'local' })}
          />
        </div>
      </fieldset>
    </div>
  )
}
