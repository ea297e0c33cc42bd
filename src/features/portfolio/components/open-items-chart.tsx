import { lazy, Suspense, useState } from 'react'
import { chartBuckets, type ChartBucket, type OwnerRow } from './use-open-items-by-owner'
import { useIsDark } from './use-is-dark'
import { OpenItemsTable } from './open-items-table'

const colours: Record<ChartBucket, [light: string, dark: string]> = {
  overdue: ['#dc2626', '#f87171'],
  today: ['#d97706', '#fbbf24'],
  soon: ['#0284c7', '#38bdf8'],
  later: ['#4f46e5', '#a5b4fc'],
  none: ['#94a3b8', '#64748b'],
  invalid: ['#c026d3', '#e879f9'],
}

const MAX_OWNERS = 12

interface OwnerBarsProps {
  rows: Array<OwnerRow & { name: string }>
  height: number
  dark: boolean
}

// Recharts is the page's largest library. It loads once there are rows to draw, after the
// accounts show; until then an empty box of the chart's height holds its place.
const OwnerBars = lazy(async () => {
  const { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } =
    await import('recharts')

  function OwnerBarsChart({ rows, height, dark }: OwnerBarsProps) {
    const axis = dark ? '#94a3b8' : '#475569'
    const grid = dark ? '#1e293b' : '#e2e8f0'
    return (
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} stroke={grid} />
          <XAxis
            type="number"
            allowDecimals={false}
            stroke={axis}
            tick={{ fill: axis, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={120}
            stroke={axis}
            tick={{ fill: axis, fontSize: 12 }}
          />
          <Tooltip
            cursor={{ fill: dark ? '#1e293b80' : '#f1f5f980' }}
            contentStyle={{
              background: dark ? '#0f172a' : '#ffffff',
              borderColor: dark ? '#334155' : '#e2e8f0',
              color: dark ? '#f1f5f9' : '#0f172a',
            }}
          />
          <Legend itemSorter={null} wrapperStyle={{ fontSize: 12, color: axis }} />
          {chartBuckets.map(({ key, label }) => (
            <Bar
              key={key}
              dataKey={key}
              name={label}
              stackId="due"
              fill={colours[key][dark ? 1 : 0]}
              isAnimationActive={false}
              maxBarSize={28}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    )
  }
  return { default: OwnerBarsChart }
})

interface OpenItemsChartProps {
  rows: OwnerRow[]
  ownerName(id: string): string
}

export function OpenItemsChart({ rows, ownerName }: OpenItemsChartProps) {
  const [asTable, setAsTable] = useState(false)
  const dark = useIsDark()
  const shown = rows.slice(0, MAX_OWNERS).map((row) => ({ ...row, name: ownerName(row.ownerId) }))
  const hidden = rows.length - shown.length
  const height = 72 + shown.length * 40
  const summary = shown.map((r) => `${r.name}: ${r.total} open, ${r.overdue} overdue`).join('; ')

  return (
    <div className="space-y-3">
      <div className="flex justify-end">
        <button
          type="button"
          className="btn"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      {asTable ? (
        <OpenItemsTable rows={shown} />
      ) : (
        <div role="img" aria-label={`Open action items by owner and due bucket. ${summary}`}>
          <Suspense fallback={<div style={{ height }} />}>
            <OwnerBars rows={shown} height={height} dark={dark} />
          </Suspense>
        </div>
      )}
      {hidden > 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The {MAX_OWNERS} owners with the most open items; {hidden} more not shown.
        </p>
      ) : null}
    </div>
  )
}
