import { useCallback, useState } from 'react'

/**
 * Whether an element has come within `margin` of the viewport, once and for good, so that
 * work for content below the fold (a chart and its requests) waits until the reader nears
 * it, as Grafana's panels do. Where IntersectionObserver is missing it answers yes at once.
 */
export function useNearViewport<T extends Element>(
  margin = '300px',
): [ref: (node: T | null) => (() => void) | undefined, near: boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  const ref = useCallback(
    (node: T | null) => {
      if (!node || near) return undefined
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return
          setNear(true)
          observer.disconnect()
        },
        { rootMargin: margin },
      )
      observer.observe(node)
      return () => observer.disconnect()
    },
    [near, margin],
  )
  return [ref, near]
}
