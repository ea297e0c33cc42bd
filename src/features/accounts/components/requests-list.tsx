import type { CustomerRequest } from '@/contract'
import { ProvenanceNote } from './provenance-note'

const statusStyle: Record<CustomerRequest['status'], { label: string; className: string }> = {
  open: { label: 'Open', className: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100' },
  not_possible_today: {
    label: 'Not possible today',
    className: 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100',
  },
  planned: {
    label: 'Planned',
    className: 'bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100',
  },
  delivered: {
    label: 'Delivered',
    className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  },
}

/** What the customer asked for, where it stands, and what can be offered instead. */
export function RequestsList({ requests }: { requests: CustomerRequest[] }) {
  if (requests.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No open requests.</p>
  }
  return (
    <ul className="space-y-3">
      {requests.map((request) => (
        <li
          key={request.id}
          className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
        >
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">{request.title}</h3>
            <span
              className={`rounded px-1.5 py-0.5 text-xs font-medium ${statusStyle[request.status].className}`}
            >
              {statusStyle[request.status].label}
            </span>
          </div>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{request.detail}</p>
          {request.options.length > 0 ? (
            <>
              <h4 className="mt-3 text-sm font-medium">Options today</h4>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                {request.options.map((option) => (
                  <li key={option}>{option}</li>
                ))}
              </ul>
            </>
          ) : null}
          <ProvenanceNote provenance={request.provenance} />
        </li>
      ))}
    </ul>
  )
}
