import { layerTone, runStyles } from '../lib/layer-tones'

const SWATCH = 'inline-block h-3 w-5 shrink-0 rounded-sm border'

/** What the colours and hatches on the timeline mean. */
export function WeekLegend() {
  return (
    <ul
      aria-label="Legend"
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400"
    >
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={`${SWATCH} ${layerTone(0, 'full')}`} />
        Full coverage
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={`${SWATCH} ${layerTone(0, 'monitored')}`} />
        Monitored only
      </li>
      {Object.values(runStyles).map((style) => (
        <li key={style.label} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={`${SWATCH} ${style.className}`}
            style={{ backgroundImage: style.image }}
          />
          {style.label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block h-3 w-0.5 bg-rose-500" />
        Now
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true">↻</span> Override
      </li>
    </ul>
  )
}
