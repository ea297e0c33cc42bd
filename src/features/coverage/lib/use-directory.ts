import { useMemo } from 'react'
import { usePeople } from '@/features/people/api/get-people'

export interface Directory {
  people: Record<string, string>
  teams: Record<string, string>
  personName(id: string): string
  teamName(id: string): string
  /** The person's own time zone, once people have loaded. */
  personZone(id: string): string | null
}

/** Names for the ids in shifts; falls back to the id while people load or if they fail. */
export function useDirectory(): Directory {
  const { data } = usePeople()
  return useMemo(() => {
    const people = Object.fromEntries(data?.people.map((p) => [p.id, p.name]) ?? [])
    const teams = Object.fromEntries(data?.teams.map((t) => [t.id, t.name]) ?? [])
    const zones = new Map(data?.people.map((p) => [p.id, p.timeZone]))
    return {
      people,
      teams,
      personName: (id) => people[id] ?? id,
      teamName: (id) => teams[id] ?? id,
      personZone: (id) => zones.get(id) ?? null,
    }
  }, [data])
}
