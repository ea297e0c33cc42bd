import type { QueryClient } from '@tanstack/react-query'

/**
 * Reloads the page once no change is waiting or being sent: changes live in the page's
 * memory, and a reload would drop them unsaved. Offline, that is when the connection returns.
 */
export function reloadOnceSaved(client: QueryClient, reload = () => location.reload()): void {
  if (client.isMutating() === 0) return reload()
  const mutations = client.getMutationCache()
  const unsubscribe = mutations.subscribe(() => {
    if (client.isMutating() > 0) return
    unsubscribe()
    reload()
  })
}
