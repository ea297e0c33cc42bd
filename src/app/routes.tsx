import type { RouteObject } from 'react-router'
import { Layout } from './layout'
import { Loading } from '@/components/ui/loading'
import { NotFoundPage, RouteErrorPage } from './error-pages'
import { pageRoute } from './page-route'

/** Each page loads with its route, so charts and exporters are fetched only when used. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <Loading label="Loading OpModel…" />,
    children: [
      {
        // A page that fails (its code not downloaded offline, say) shows its error inside the
        // layout, so the navigation stays and the user can go elsewhere.
        errorElement: <RouteErrorPage />,
        children: [
          {
            index: true,
            ...pageRoute(
              async () => (await import('@/features/portfolio/portfolio-page')).PortfolioPage,
            ),
          },
          {
            path: 'accounts/:accountId',
            ...pageRoute(
              async () => (await import('@/features/accounts/account-page')).AccountPage,
            ),
          },
          {
            path: 'action-items',
            ...pageRoute(
              async () =>
                (await import('@/features/action-items/action-items-page')).ActionItemsPage,
            ),
          },
          {
            path: 'coverage',
            ...pageRoute(
              async () => (await import('@/features/coverage/coverage-page')).CoveragePage,
            ),
          },
          {
            path: 'import',
            ...pageRoute(
              async () => (await import('@/features/notes-import/import-page')).ImportPage,
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
