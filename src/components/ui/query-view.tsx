import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ErrorPanel } from './error-panel'
import { Loading } from './loading'

interface QueryViewProps<T> {
  query: UseQueryResult<T>
  what: string
  children: (data: T) => ReactNode
  /** Classes for the loading state, e.g. a min-height near the content's, so nothing jumps. */
  pendingClassName?: string
}

/** Loading, error with retry, then the data: the three states every query-backed view has. */
export function QueryView<T>({ query, what, children, pendingClassName }: QueryViewProps<T>) {
  if (query.isPending) {
    return (
      <div className={pendingClassName}>
        <Loading label={`Loading ${what}…`} />
      </div>
    )
  }
  if (query.isError) {
    return (
      <ErrorPanel
        title={`Could not load ${what}`}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    )
  }
  return <>{children(query.data)}</>
}
