import type { DueBucket, Priority, Status } from '@/contract'

export const statusLabels: Record<Status, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
  proposed: 'Proposed',
}

export const priorityLabels: Record<Priority, string> = {
  highest: 'Highest',
  high: 'High',
  medium: 'Medium',
  none: 'None',
  low: 'Low',
  lowest: 'Lowest',
}

export const dueLabels: Record<DueBucket, string> = {
  overdue: 'Overdue',
  today: 'Today',
  this_week: 'This week',
  next_7_days: 'Next 7 days',
  later: 'Later',
  none: 'No date',
  invalid: 'Invalid date',
}

/** The statuses that still need doing: what "open" means on every screen. */
export const openStatuses: Status[] = ['todo', 'in_progress', 'proposed']

export const priorityTone: Record<Priority, string> = {
  highest: 'text-red-700 dark:text-red-300',
  high: 'text-orange-700 dark:text-orange-300',
  medium: 'text-amber-700 dark:text-amber-300',
  none: 'text-slate-500 dark:text-slate-400',
  low: 'text-sky-700 dark:text-sky-300',
  lowest: 'text-slate-500 dark:text-slate-400',
}
