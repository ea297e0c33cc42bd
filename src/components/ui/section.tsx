import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { ErrorPanel } from './error-panel'

interface SectionProps {
  id: string
  title: string
  description?: ReactNode
  actions?: ReactNode
  children: ReactNode
  /** Sections that are only controls (an export form) are left off the printout. */
  print?: boolean
}

/** A page section with its own link and its own error boundary, so one failure stays local. */
export function Section(props: SectionProps) {
  const { id, title, description, actions, children, print = true } = props
  const headingId = `${id}-heading`
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`${print ? '' : 'no-print '}scroll-mt-20 rounded-lg border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid dark:border-slate-800 dark:bg-slate-900`}
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="group text-lg font-semibold">
            {title}
            <a
              href={`#${id}`}
              className={
                'no-print ml-2 text-sm font-normal text-slate-500 hover:text-sky-700 ' +
                'dark:text-slate-400 dark:hover:text-sky-300'
              }
              aria-label={`Link to ${title}`}
            >
              #
            </a>
          </h2>
          {description ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>
          ) : null}
        </div>
        {actions ? <div className="no-print flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      <ErrorBoundary
        fallbackRender={({ error, resetErrorBoundary }) => (
          <ErrorPanel
            title={`${title} could not be shown`}
            error={error}
            onRetry={resetErrorBoundary}
          />
        )}
      >
        {children}
      </ErrorBoundary>
    </section>
  )
}
