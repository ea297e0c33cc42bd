import type { Sla } from '@/contract'
import { ProvenanceBadge } from '@/components/provenance-badge'
import { formatDuration } from '@/lib/format'

/** "to be confirmed with Morgan Blake", lifted out of the longer remark when it has one. */
function confirmationNote(remark: string | null): string | null {
  if (!remark) return null
  const match = /to be confirmed with [^.;(]+/i.exec(remark)
  const text = (match?.[0] ?? remark).trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function Sev1Target({ sla }: { sla: Sla | null }) {
  if (!sla) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No Sev1 target on record</p>
  }
  const target =
    sla.targetMinutes === null
      ? 'No target given'
      : `${sla.approximate ? '≈ ' : ''}${formatDuration(sla.targetMinutes)}`
  const note = sla.provenance.confirmed ? null : confirmationNote(sla.provenance.remark)

  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-xl font-semibold tabular-nums">{target}</span>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {sla.kind} · {sla.hours === '24x7' ? '24×7' : 'business hours'}
        </span>
        <ProvenanceBadge provenance={sla.provenance} />
      </p>
      {note ? <p className="text-xs text-rose-800 dark:text-rose-300">{note}</p> : null}
    </div>
  )
}
