import { useEffect, useRef } from 'react'
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router'
import { useCrossTabSync } from '@/features/action-items/use-cross-tab-sync'
import { BackendNotices } from '@/features/system/backend-notices'
import { DatasetBanner } from '@/features/system/dataset-banner'
import { OfflineBanner } from '@/features/system/offline-banner'
import { ViewerControls } from '@/features/system/viewer-controls'

const links = [
  { to: '/', label: 'Portfolio', end: true },
  { to: '/accounts/coreweave', label: 'CoreWeave', end: false },
  { to: '/accounts/xai', label: 'xAI', end: false },
  { to: '/action-items', label: 'Action items', end: false },
  { to: '/coverage', label: 'Coverage', end: false },
  { to: '/import', label: 'Import notes', end: false },
]

function navClass({ isActive }: { isActive: boolean }) {
  return `rounded-md px-2 py-1 text-sm ${
    isActive
      ? 'bg-sky-100 font-semibold text-sky-900 dark:bg-sky-900 dark:text-sky-50'
      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
  }`
}

/**
 * After a move to another page, focus goes to the page's main region, as a full page load
 * would put it at the top: otherwise it stays on a link that is gone and falls to the body.
 * Not on the first load, and not for a change of filters or a jump to a section.
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation()
  const shown = useRef(pathname)
  useEffect(() => {
    if (shown.current === pathname) return
    shown.current = pathname
    document.getElementById('main')?.focus()
  }, [pathname])
}

export function Layout() {
  const navigation = useNavigation()
  useCrossTabSync()
  useFocusMainOnNavigation()
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <header className="no-print z-20 md:sticky md:top-0 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <span className="text-base font-bold tracking-tight">OpModel</span>
          <nav aria-label="Main" className="flex flex-wrap gap-1">
            {links.map((link) => (
              <NavLink key={link.to} to={link.to} end={link.end} className={navClass}>
                {link.label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto">
            <ViewerControls />
          </div>
        </div>
      </header>
      <OfflineBanner />
      <DatasetBanner />
      <BackendNotices />
      <main
        id="main"
        tabIndex={-1}
        aria-busy={navigation.state === 'loading'}
        className="mx-auto max-w-screen-2xl px-4 py-6"
      >
        <Outlet />
      </main>
    </div>
  )
}
