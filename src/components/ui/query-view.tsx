import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ErrorPanel } from './error-panel'
import { Loading } from './loading'

interface QueryViewProps<T> {
  query: UseQueryResult<T>
  what: string
  children: (data: T) => ReactNode
}

/** Loading, error with retry, then the data: the three states every query-backed view has. */
export function QueryView<T>({ query, what, children }: QueryViewProps<T>) {
  if (query.isPending) return <Loading label={`Loading ${what}…`} />
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
