import type { Provenance } from '@/contract'
import { ProvenanceBadge } from '@/components/provenance-badge'

/** The provenance badge, plus the remark as visible text (what to confirm, and with whom). */
export function ProvenanceNote({ provenance }: { provenance: Provenance }) {
  // The badge would also put the remark in a screen-reader-only span; it is shown here
  // instead, once, for everyone.
  return (
    <div className="mt-1.5 flex flex-wrap items-start gap-x-2 gap-y-1 text-xs">
      <ProvenanceBadge provenance={{ ...provenance, remark: null }} />
      {provenance.remark ? (
        <span className="text-slate-600 italic dark:text-slate-400">{provenance.remark}</span>
      ) : null}
    </div>
  )
}
