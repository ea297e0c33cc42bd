import { useId, useState, type ReactNode } from 'react'

/** On narrow screens the filters fold behind a button; from `lg` up they are always shown. */
export function FiltersDisclosure({
  active,
  onClear,
  children,
}: {
  active: number
  onClear(): void
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  return (
    <aside aria-label="Filters" className="lg:sticky lg:top-16 lg:self-start">
      <div className="flex items-center justify-between gap-2">
        <button
          type="button"
          className="btn lg:hidden"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          Filters{active > 0 ? ` (${active})` : ''}
        </button>
        <h2 className="hidden text-sm font-semibold lg:block">Filters</h2>
        <button type="button" className="btn" disabled={active === 0} onClick={onClear}>
          Clear filters
        </button>
      </div>
      <div
        id={panelId}
        className={`${open ? 'block' : 'hidden'} mt-3 rounded-lg border border-slate-200 bg-white p-3 lg:block lg:border-0 lg:bg-transparent lg:p-0 dark:border-slate-800 dark:bg-slate-900 lg:dark:bg-transparent`}
      >
        {children}
      </div>
    </aside>
  )
}
