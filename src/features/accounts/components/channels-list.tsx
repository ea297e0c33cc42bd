import type { Channel, EscalationStep } from '@/contract'
import { ProvenanceNote } from './provenance-note'

const kindLabel: Record<Channel['kind'], string> = { chat: 'Chat', call: 'Call', ticket: 'Ticket' }

/** Where to talk to the customer, in the order the note gives. */
export function ChannelsList({ channels }: { channels: Channel[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {channels.map((channel) => (
        <li
          key={channel.id}
          className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
        >
          <div className="flex items-center gap-2">
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium dark:bg-slate-800">
              {kindLabel[channel.kind]}
            </span>
            <h3 className="font-semibold">{channel.name}</h3>
          </div>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {channel.system} — {channel.usedFor}
          </p>
          <ProvenanceNote provenance={channel.provenance} />
        </li>
      ))}
    </ul>
  )
}

/** Who takes over when the previous step cannot. */
export function EscalationPath({ steps }: { steps: EscalationStep[] }) {
  const ordered = [...steps].sort((a, b) => a.order - b.order)
  return (
    <ol className="space-y-3">
      {ordered.map((step) => (
        <li key={step.order} className="flex gap-3">
          <span
            aria-hidden="true"
            className={
              'flex size-7 shrink-0 items-center justify-center rounded-full bg-sky-100 ' +
              'text-sm font-semibold text-sky-900 ' +
              'dark:bg-sky-900 dark:text-sky-100'
            }
          >
            {step.order}
          </span>
          <div className="min-w-0 text-sm">
            <p className="font-semibold">{step.who}</p>
            <p className="text-slate-700 dark:text-slate-300">When: {step.when}</p>
            <ProvenanceNote provenance={step.provenance} />
          </div>
        </li>
      ))}
    </ol>
  )
}
