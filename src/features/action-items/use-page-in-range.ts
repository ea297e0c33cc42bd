import { useEffect } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { z } from 'zod'
import type { ActionItemList } from '@/contract'
import type { IgnoredParam } from './url-state'

/** How many pages a list of `total` items fills; an empty list still has page 1. */
export function countPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

/** Kept in the history entry the move replaced, so the notice goes with the next navigation. */
const movedSchema = z.object({ pageAsked: z.number(), pages: z.number() })

/**
 * A link can name a page past the last one, as when items were closed since it was copied.
 * Only the list's answer tells how many pages there are, so once it comes the URL moves to
 * the last page and the page asked for is reported with the link's other ignored values.
 */
export function usePageInRange(page: number, list: ActionItemList | undefined): IgnoredParam[] {
  const [params, setParams] = useSearchParams()
  const { state } = useLocation()
  const pages = list ? countPages(list.total, list.pageSize) : null

  useEffect(() => {
    if (pages === null || page <= pages) return
    const next = new URLSearchParams(params)
    if (pages === 1) next.delete('page')
    else next.set('page', String(pages))
    setParams(next, { replace: true, state: { pageAsked: page, pages } })
  }, [page, pages, params, setParams])

  const moved = movedSchema.safeParse(state)
  if (!moved.success) return []
  const { pageAsked, pages: last } = moved.data
  return [
    {
      key: 'page',
      value: String(pageAsked),
      reason: last === 1 ? 'there is only 1 page' : `there are only ${last} pages`,
      instead: `page ${last}`,
    },
  ]
}
