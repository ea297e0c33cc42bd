export interface TocEntry {
  id: string
  title: string
}

/** Links to each section; a sticky column on wide screens, a row of chips on narrow ones. */
export function AccountToc({ entries }: { entries: TocEntry[] }) {
  return (
    <nav aria-label="On this page" className="no-print min-w-0 lg:sticky lg:top-20 lg:self-start">
      <h2 className="mb-2 hidden text-xs font-semibold tracking-wide text-slate-500 uppercase lg:block dark:text-slate-400">
        On this page
      </h2>
      <ul className="-mx-1 flex gap-1.5 overflow-x-auto px-1 pb-1 lg:mx-0 lg:flex-col lg:gap-0.5 lg:overflow-visible lg:px-0">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              className={
                'block rounded-md border whitespace-nowrap border-slate-200 px-2.5 py-1 ' +
                'text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900 ' +
                'lg:border-transparent lg:dark:border-transparent ' +
                'dark:border-slate-800 dark:text-slate-300 dark:hover:bg-slate-800 ' +
                'dark:hover:text-white'
              }
            >
              {entry.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
