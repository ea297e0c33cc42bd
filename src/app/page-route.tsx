import type { ComponentType } from 'react'
import type { RouteObject } from 'react-router'

type PageRoute = Pick<RouteObject, 'loader' | 'shouldRevalidate' | 'Component'>

/**
 * A page whose code is downloaded on its first visit, by the route's loader. Not the router's
 * `lazy`: that keeps a failed download for good, so a page asked for offline could open only
 * after a reload, which loses the changes waiting in memory. A loader that failed runs again
 * when the router revalidates, so the page can open in place on reconnect (`error-pages.tsx`).
 */
export function pageRoute(download: () => Promise<ComponentType>): PageRoute {
  let Page: ComponentType | undefined
  return {
    loader: async () => {
      Page ??= await download()
      return null
    },
    // Once downloaded there is nothing left to load, whatever the address says.
    shouldRevalidate: () => false,
    Component: function DownloadedPage() {
      return Page ? <Page /> : null
    },
  }
}
