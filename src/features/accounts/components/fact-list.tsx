import type { Fact } from '@/contract'
import { ProvenanceNote } from './provenance-note'

/** Labelled statements about the account, each with where it comes from. */
export function FactList({ facts, columns = 2 }: { facts: Fact[]; columns?: 1 | 2 }) {
  if (facts.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">Nothing recorded yet.</p>
  }
  return (
    <dl className={`grid gap-3 ${columns === 2 ? 'md:grid-cols-2' : ''}`}>
      {facts.map((fact) => (
        <div key={fact.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
          <dt className="text-sm font-semibold">{fact.label}</dt>
          <dd className="mt-0.5 text-sm text-slate-700 dark:text-slate-300">
            {fact.text}
            <ProvenanceNote provenance={fact.provenance} />
          </dd>
        </div>
      ))}
    </dl>
  )
}
