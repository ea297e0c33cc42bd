import { chartBuckets, type OwnerRow } from './use-open-items-by-owner'

export function OpenItemsTable({ rows }: { rows: Array<OwnerRow & { name: string }> }) {
  return (
    <div
      className="relative overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label="Open items by owner, table"
    >
      <table className="w-full text-sm">
        <caption className="sr-only">Open action items by owner and due bucket</caption>
        <thead className="text-left text-xs text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1.5 pr-3">
              Owner
            </th>
            {chartBuckets.map(({ key, label }) => (
              <th key={key} scope="col" className="px-2 py-1.5 text-right">
                {label}
              </th>
            ))}
            <th scope="col" className="py-1.5 pl-2 text-right">
              Total
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {rows.map((row) => (
            <tr key={row.ownerId} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                {row.name}
              </th>
              {chartBuckets.map(({ key }) => (
                <td key={key} className="px-2 py-1.5 text-right">
                  {row[key]}
                </td>
              ))}
              <td className="py-1.5 pl-2 text-right font-semibold">{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
