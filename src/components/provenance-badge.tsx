import type { Provenance } from '@/contract'

const tone = {
  note: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100',
  assumed:
    'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  unconfirmed:
    'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100',
}

function sourceLabel(p: Provenance): string {
  if (p.source === 'assumed') return 'Assumed'
  return p.line ? `Note, line ${p.line}` : 'From the note'
}

/** Where a fact comes from, and whether anyone has confirmed it. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const details = [provenance.quote ? `“${provenance.quote}”` : null, provenance.remark]
    .filter(Boolean)
    .join(' — ')
  return (
    <span
      className="inline-flex flex-wrap items-center gap-1 align-middle"
      title={details || undefined}
    >
      <span className={`rounded border px-1.5 py-0.5 text-xs ${tone[provenance.source]}`}>
        {sourceLabel(provenance)}
      </span>
      {provenance.confirmed ? null : (
        <span className={`rounded border px-1.5 py-0.5 text-xs ${tone.unconfirmed}`}>
          Unconfirmed
        </span>
      )}
      {provenance.remark ? <span className="sr-only">{provenance.remark}</span> : null}
    </span>
  )
}
