import { lazy, Suspense, useState } from 'react'
import type { TeamWeekHours } from '@/domain/rota'
import { useIsDark } from '../lib/use-is-dark'
import { formatDay } from './day-header'

const PALETTE = {
  light: ['#0284c7', '#059669', '#4f46e5', '#d97706', '#db2777', '#0891b2'],
  dark: ['#38bdf8', '#34d399', '#a5b4fc', '#fbbf24', '#f472b6', '#22d3ee'],
}

function chartTheme(dark: boolean) {
  return {
    colors: dark ? PALETTE.dark : PALETTE.light,
    axis: dark ? '#cbd5e1' : '#475569',
    grid: dark ? '#334155' : '#e2e8f0',
    tooltip: dark
      ? { background: '#0f172a', border: '1px solid #334155', color: '#f1f5f9' }
      : { background: '#ffffff', border: '1px solid #e2e8f0', color: '#0f172a' },
    cursor: dark ? 'rgba(148, 163, 184, 0.15)' : 'rgba(148, 163, 184, 0.2)',
  }
}

interface TeamHoursChartProps {
  weeks: TeamWeekHours[]
  teamName(id: string): string
}

const round = (hours: number) => Math.round(hours * 10) / 10

interface HoursBarsProps {
  rows: Array<Record<string, string | number>>
  teams: string[]
  teamName(id: string): string
  theme: ReturnType<typeof chartTheme>
}

// Recharts loads with the first chart drawn, not with the page; the chart's box has a fixed
// height, so nothing moves when it arrives.
const HoursBars = lazy(async () => {
  const { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } =
    await import('recharts')

  function HoursBarsChart({ rows, teams, teamName, theme }: HoursBarsProps) {
    return (
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, left: 0, bottom: 0 }}
        >
          <CartesianGrid vertical={false} stroke={theme.grid} />
          <XAxis dataKey="label" tick={{ fill: theme.axis, fontSize: 12 }} stroke={theme.grid} />
          <YAxis
            unit=" h"
            width={56}
            tick={{ fill: theme.axis, fontSize: 12 }}
            stroke={theme.grid}
          />
          <Tooltip contentStyle={theme.tooltip} cursor={{ fill: theme.cursor }} />
          <Legend wrapperStyle={{ color: theme.axis, fontSize: 12 }} />
          {teams.map((team, index) => (
            <Bar
              key={team}
              dataKey={team}
              name={teamName(team)}
              stackId="hours"
              fill={theme.colors[index % theme.colors.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    )
  }
  return { default: HoursBarsChart }
})

/** Stacked hours per team per week, with the same numbers as a table for screen readers. */
export function TeamHoursChart({ weeks, teamName }: TeamHoursChartProps) {
  const theme = chartTheme(useIsDark())
  const [showTable, setShowTable] = useState(false)
  const teams = [...new Set(weeks.flatMap((w) => Object.keys(w.hoursByTeam)))].sort()
  const rows = weeks.map((w) => ({
    label: `w/c ${formatDay(w.weekStart).slice(4)}`,
    week: w.weekStart,
    ...Object.fromEntries(teams.map((t) => [t, round(w.hoursByTeam[t] ?? 0)])),
  }))

  return (
    <div className="space-y-3">
      <div aria-hidden="true" className="h-80 w-full">
        <Suspense fallback={null}>
          <HoursBars rows={rows} teams={teams} teamName={teamName} theme={theme} />
        </Suspense>
      </div>
      <button
        type="button"
        className="btn"
        aria-expanded={showTable}
        onClick={() => setShowTable(!showTable)}
      >
        {showTable ? 'Hide data table' : 'Show data table'}
      </button>
      <div className={showTable ? 'relative overflow-x-auto' : 'sr-only'}>
        <table className="w-full text-sm">
          <caption className="sr-only">Coverage hours by team per week</caption>
          <thead className="bg-slate-50 text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Week starting
              </th>
              {teams.map((team) => (
                <th key={team} scope="col" className="px-3 py-2 text-right font-medium">
                  {teamName(team)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row" className="px-3 py-1.5 text-left font-medium whitespace-nowrap">
                  {formatDay(week.weekStart)}
                </th>
                {teams.map((team) => (
                  <td key={team} className="px-3 py-1.5 text-right tabular-nums">
                    {round(week.hoursByTeam[team] ?? 0)} h
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
