import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router'
import { reloadOnceSaved } from '@/lib/reload-once-saved'
import { useIsOnline } from '@/lib/use-is-online'
import { useDocumentTitle } from '@/lib/use-document-title'

export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <Link to="/" className="btn btn-primary mt-4">
        Go to the portfolio
      </Link>
    </div>
  )
}

/** A page's code is fetched on first visit; offline, or after a deploy, that can fail. */
function isPageDownloadError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|importing a module script failed/i.test(error.message)
  )
}

function PageDownloadError() {
  const online = useIsOnline()
  const client = useQueryClient()
  const { revalidate } = useRevalidator()
  const [reloading, setReloading] = useState(false)
  const wasOffline = useRef(false)
  useEffect(() => {
    if (!online) wasOffline.current = true
    else if (wasOffline.current) {
      // Downloaded again in place, not by a reload: the changes waiting in this page's
      // memory are being sent meanwhile, and a reload would drop them.
      wasOffline.current = false
      void revalidate()
    }
  }, [online, revalidate])

  function reload() {
    if (reloading) return
    setReloading(true)
    reloadOnceSaved(client)
  }

  return (
    <div role="alert" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">This page could not be downloaded</h1>
      <p className="mt-2">
        {online
          ? 'The connection dropped, or the app was updated since you opened it. Reloading ' +
            'gets the new version; changes still being sent are saved first.'
          : 'You are offline. The page opens by itself when you reconnect.'}
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" onClick={() => void revalidate()}>
          Try again
        </button>
        {online ? (
          <button type="button" className="btn" aria-disabled={reloading} onClick={reload}>
            {reloading ? 'Saving your changes, then reloading…' : 'Reload the app'}
          </button>
        ) : null}
      </div>
    </div>
  )
}

export function RouteErrorPage() {
  const error = useRouteError()
  if (isPageDownloadError(error)) return <PageDownloadError />
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error'
  return (
    <div role="alert" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 break-words">{message}</p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Your saved changes are kept. Reload the page, or go back to the portfolio.
      </p>
      <a href="/" className="btn btn-primary mt-4">
        Go to the portfolio
      </a>
    </div>
  )
}
