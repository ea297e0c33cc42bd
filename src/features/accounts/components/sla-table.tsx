import type { Sla } from '@/contract'
import { ProvenanceNote } from './provenance-note'

const metricLabel: Record<Sla['metric'], string> = {
  response: 'Response',
  update: 'Update cadence',
  resolution: 'Resolution',
}

function formatTarget(sla: Sla): string {
  if (sla.targetMinutes === null) return 'Not stated'
  const minutes = sla.targetMinutes
  const text = minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`
  return sla.approximate ? `≈ ${text}` : text
}

/** A target the note does not give is muted; one it gives stands out. */
function targetTone(sla: Sla): string {
  return sla.targetMinutes === null ? 'text-slate-500 dark:text-slate-400' : 'font-semibold'
}

const TH = 'px-3 py-2 text-left font-medium whitespace-nowrap'
const TD = 'px-3 py-2 align-top'
// Set words: on screen they keep to one line; in print they wrap, but between words only.
const SHORT = 'whitespace-nowrap print:wrap-break-word'

/** Every SLA and SLO, with what coverage it needs and how sure we are of it. */
export function SlaTable({ slas }: { slas: Sla[] }) {
  return (
    <>
      <p
        className="no-print mb-2 text-xs text-slate-500 lg:hidden dark:text-slate-400"
        aria-hidden="true"
      >
        Scroll the table sideways for penalties and sources →
      </p>
      <div
        className={
          'print-fit relative overflow-x-auto rounded-md border border-slate-200 ' +
          'dark:border-slate-800'
        }
        role="region"
        aria-label="Service levels (scrolls sideways)"
        tabIndex={0}
      >
        <table className="print-fit w-full min-w-[56rem] text-sm">
          <caption className="sr-only">Service levels for this account</caption>
          <thead className="bg-slate-50 text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
            <tr>
              <th scope="col" className={TH}>
                Severity
              </th>
              <th scope="col" className={TH}>
                Metric
              </th>
              <th scope="col" className={TH}>
                Target
              </th>
              <th scope="col" className={TH}>
                Hours
              </th>
              <th scope="col" className={TH}>
                Needs
              </th>
              <th scope="col" className={TH}>
                Kind
              </th>
              <th scope="col" className={TH}>
                Penalty
              </th>
              <th scope="col" className={TH}>
                Source
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {slas.map((sla) => (
              <tr key={sla.id}>
                <th scope="row" className={`${TD} text-left font-semibold`}>
                  {sla.severity}
                </th>
                <td className={`${TD} ${SHORT}`}>{metricLabel[sla.metric]}</td>
                <td className={`${TD} ${SHORT} tabular-nums ${targetTone(sla)}`}>
                  {formatTarget(sla)}
                </td>
                <td className={`${TD} ${SHORT}`}>
                  {sla.hours === '24x7' ? '24×7' : 'Business hours'}
                </td>
                <td className={`${TD} ${SHORT}`}>
                  {sla.requiredCoverage === 'full' ? 'Full coverage' : 'Monitoring'}
                </td>
                <td className={`${TD} ${SHORT}`}>
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold dark:bg-slate-800">
                    {sla.kind}
                  </span>
                </td>
                <td className={`${TD} min-w-[12rem]`}>{sla.penalty}</td>
                <td className={`${TD} min-w-[16rem]`}>
                  <ProvenanceNote provenance={sla.provenance} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
