import { useMemo } from 'react'
import { useAccounts } from '@/features/accounts/api/get-accounts'
import { usePeople } from '@/features/people/api/get-people'
import { calendarDateIn, useNow } from '@/lib/use-now'
import { useViewerSettings } from '@/lib/viewer-settings'

/** The viewer's calendar date and week start: what "overdue" and "this week" are asked in. */
export function useViewerDay() {
  const { timeZone, weekStart } = useViewerSettings()
  const now = useNow(60_000)
  return { today: calendarDateIn(timeZone, now), weekStart, timeZone }
}

/** Names for the ids items carry. Until people and accounts load, the id stands in. */
export function useLookups(today: string) {
  const people = usePeople()
  const accounts = useAccounts(today)

  return useMemo(() => {
    const personList = people.data?.people ?? []
    const accountList = accounts.data?.accounts ?? []
    const personNames = new Map(personList.map((p) => [p.id, p.name]))
    const accountNames = new Map(accountList.map((a) => [a.id, a.name]))
    return {
      people: personList,
      accounts: accountList,
      /** The choices of an owner field, "Unassigned" first. */
      ownerOptions: [
        { value: '', label: 'Unassigned' },
        ...personList.map((p) => ({ value: p.id, label: p.name })),
      ],
      isKnownPerson: (id: string) => personNames.has(id),
      ownerName: (id: string) => personNames.get(id) ?? id,
      accountName: (id: string) => accountNames.get(id) ?? id,
    }
  }, [people.data, accounts.data])
}

export type Lookups = ReturnType<typeof useLookups>
