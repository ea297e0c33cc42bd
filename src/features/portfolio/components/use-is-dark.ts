import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] })
  return () => observer.disconnect()
}

function isDark() {
  return document.documentElement.classList.contains('dark')
}

/** Follows the theme toggle, which sets `.dark` on <html>, so SVG colours can follow too. */
export function useIsDark(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false)
}
