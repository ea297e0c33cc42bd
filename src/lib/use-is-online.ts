import { onlineManager } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void) {
  return onlineManager.subscribe(onChange)
}

/** Whether TanStack Query thinks the browser is online; it pauses requests while not. */
export function useIsOnline(): boolean {
  return useSyncExternalStore(subscribe, () => onlineManager.isOnline())
}
