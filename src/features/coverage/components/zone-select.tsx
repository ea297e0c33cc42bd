import { useId } from 'react'
import type { Account } from '@/contract'
import { browserTimeZone, useViewerSettings } from '@/lib/viewer-settings'
import { shortZoneName } from '../lib/clocks'
import type { Directory } from '../lib/use-directory'

interface ZoneOption {
  zone: string
  labels: string[]
}

function listZones(account: Account, directory: Directory, current: string): ZoneOption[] {
  const options = new Map<string, string[]>()
  const add = (zone: string, label: string) => {
    const labels = options.get(zone) ?? []
    if (!labels.includes(label)) labels.push(label)
    options.set(zone, labels)
  }
  add(account.customerTimeZone, `${account.name} (customer)`)
  for (const layer of account.rota.layers) add(layer.timeZone, directory.teamName(layer.teamId))
  add(browserTimeZone(), 'this device')
  if (!options.has(current)) add(current, 'current')
  return [...options.entries()].map(([zone, labels]) => ({ zone, labels }))
}

/** Shows the week in another clock: the customer's, a team's or the viewer's own. */
export function ZoneSelect({ account, directory }: { account: Account; directory: Directory }) {
  const { timeZone, setTimeZone } = useViewerSettings()
  const id = useId()
  const zones = listZones(account, directory, timeZone)

  return (
    <div className="flex w-full min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm sm:w-auto">
      <label htmlFor={id} className="whitespace-nowrap text-slate-600 dark:text-slate-400">
        Show times in
      </label>
      <select
        id={id}
        className="field w-full min-w-0 sm:w-auto sm:max-w-[22rem]"
        value={timeZone}
        onChange={(event) => setTimeZone(event.target.value)}
      >
        {zones.map(({ zone, labels }) => (
          <option key={zone} value={zone}>
            {shortZoneName(zone)} ({labels.join(', ')})
          </option>
        ))}
      </select>
    </div>
  )
}
