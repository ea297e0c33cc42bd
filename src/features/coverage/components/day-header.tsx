import { dayLengthsHours } from '@/domain/rota'
import { calendarDateIn } from '@/lib/use-now'
import type { WeekRange } from '../lib/week-range'

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
})

/** Today's column heading. */
const TODAY = 'text-sky-700 underline decoration-2 underline-offset-4 dark:text-sky-300'

/** "Mon 7 Dec" for a calendar date, without any zone arithmetic. */
export function formatDay(date: string): string {
  return dayFormat.format(new Date(`${date}T12:00:00Z`))
}

interface DayHeaderProps {
  week: WeekRange
  viewerZone: string
  now: Date
}

/** Day columns sized by their real length; a 23- or 25-hour day says so. */
export function DayHeader({ week, viewerZone, now }: DayHeaderProps) {
  const odd = new Map(
    dayLengthsHours(viewerZone, week.fromDate, week.toDate).map((d) => [d.date, d.hours]),
  )
  const today = calendarDateIn(viewerZone, now)

  return (
    <div className="flex">
      {week.days.map((day) => {
        const hours = odd.get(day.date)
        const isToday = day.date === today
        return (
          <div
            key={day.date}
            className={
              'min-w-0 border-l border-slate-200 px-2 py-1.5 first:border-l-0 ' +
              'dark:border-slate-800'
            }
            style={{ flexGrow: day.hours, flexBasis: 0 }}
          >
            <p
              className={`truncate text-xs font-semibold print:whitespace-normal ${isToday ? TODAY : ''}`}
            >
              {formatDay(day.date)}
              {isToday ? <span className="sr-only"> (today)</span> : null}
            </p>
            {hours ? (
              <p className="mt-0.5">
                <span className="rounded bg-amber-100 px-1 text-[11px] font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                  {hours} h day
                </span>
                <span className="sr-only">: the clocks change in {viewerZone}</span>
              </p>
            ) : null}
          </div>
        )
      })}
    </div>
  )
}
