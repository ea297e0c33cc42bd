import type { Contact, Person } from '@/contract'
import { usePeople } from '@/features/people/api/get-people'
import { shortZoneName } from '@/features/coverage/lib/clocks'
import { formatTimeInZone } from '@/lib/format'
import { useNow } from '@/lib/use-now'
import { Loading } from '@/components/ui/loading'
import { ProvenanceNote } from './provenance-note'

function LocalTime({ person, now }: { person: Person; now: Date }) {
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400">
      <span className="font-medium text-slate-800 tabular-nums dark:text-slate-200">
        {formatTimeInZone(now, person.timeZone)}
      </span>{' '}
      local time in {shortZoneName(person.timeZone)}{' '}
      <span title="The note gives nobody's location; the zone is our assumption.">
        (zone assumed)
      </span>
    </p>
  )
}

/** Who the account works with, on both sides, with the time it is for them now. */
export function ContactsList({ contacts }: { contacts: Contact[] }) {
  const people = usePeople()
  const now = useNow(30_000)
  const byId = new Map(people.data?.people.map((p) => [p.id, p]))
  // Without people the cards show ids; that is acceptable on an error, not as a flash.
  if (people.isPending) return <Loading label="Loading contacts…" />

  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {contacts.map((contact) => {
        const person = byId.get(contact.personId)
        return (
          <li
            key={contact.personId}
            className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
          >
            <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
              <div className="min-w-0">
                <h3 className="font-semibold">{person?.name ?? contact.personId}</h3>
                <p className="text-sm text-slate-700 dark:text-slate-300">{contact.role}</p>
              </div>
              {person ? <LocalTime person={person} now={now} /> : null}
            </div>
            {person ? (
              <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                {person.organization} · {person.side === 'vendor' ? 'Vendor' : 'Customer'}
                {person.title ? ` · ${person.title}` : ''}
              </p>
            ) : null}
            <p className="mt-2 text-sm">{contact.responsibilities}</p>
            <ProvenanceNote provenance={contact.provenance} />
          </li>
        )
      })}
    </ul>
  )
}
