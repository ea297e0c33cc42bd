import type { CoverageRun } from './coverage-runs'

const FULL_TONES = [
  'bg-sky-700 text-white border-sky-800 dark:bg-sky-500 dark:text-slate-950 dark:border-sky-300',
  'bg-emerald-700 text-white border-emerald-800 dark:bg-emerald-500 dark:text-slate-950 dark:border-emerald-300',
  'bg-indigo-600 text-white border-indigo-700 dark:bg-indigo-400 dark:text-slate-950 dark:border-indigo-200',
  'bg-cyan-700 text-white border-cyan-800 dark:bg-cyan-400 dark:text-slate-950 dark:border-cyan-200',
]

const MONITORED_TONE =
  'border-dashed bg-slate-100 text-slate-800 border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:border-slate-400'

/** Full-coverage layers get a solid colour; monitored ones a pale dashed bar, since they
 * cannot answer a Sev1 in time. */
export function layerTone(index: number, coverage: 'full' | 'monitored'): string {
  if (coverage === 'monitored') return MONITORED_TONE
  return FULL_TONES[index % FULL_TONES.length] ?? ''
}

function hatch(rgba: string): string {
  return `repeating-linear-gradient(135deg, ${rgba} 0 5px, transparent 5px 10px)`
}

export const runStyles: Record<
  CoverageRun['kind'],
  { label: string; className: string; image: string }
> = {
  uncovered: {
    label: 'Gap: nobody on',
    className: 'border-red-600 text-red-800 dark:border-red-400 dark:text-red-200',
    image: hatch('rgba(220, 38, 38, 0.45)'),
  },
  monitored_only: {
    label: 'Gap: monitored only',
    className: 'border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-100',
    image: hatch('rgba(217, 119, 6, 0.4)'),
  },
  overlap: {
    label: 'Overlap: two full layers',
    className: 'border-violet-600 text-violet-900 dark:border-violet-400 dark:text-violet-100',
    image: hatch('rgba(124, 58, 237, 0.4)'),
  },
}
