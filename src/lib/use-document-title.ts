import { useEffect } from 'react'

/** Names the browser tab after the page: what a screen reader announces, and the history. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · OpModel`
  }, [title])
}
