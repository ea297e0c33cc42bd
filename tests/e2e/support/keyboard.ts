import type { Page } from '@playwright/test'

export interface FocusStop {
  name: string
  tag: string
  /** An outline or ring is drawn around the control (or the label of a hidden file input). */
  ring: boolean
  visible: boolean
}

function describeFocus(): FocusStop | null {
  const el = document.activeElement
  if (!(el instanceof HTMLElement) || el === document.body) return null
  const hiddenInput = el instanceof HTMLInputElement && el.classList.contains('sr-only')
  const shown = hiddenInput ? (el.closest('label') ?? el) : el
  const style = getComputedStyle(shown)
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1
  // Chromium's date picker button lives in the input's own shadow tree: the input is the
  // active element without matching :focus, and the ring is drawn on that button.
  const pickerButton = el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus')
  const rect = shown.getBoundingClientRect()
  const labelled =
    el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent
  return {
    name: (labelled ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    tag: el.tagName.toLowerCase(),
    ring: outline || pickerButton || style.boxShadow !== 'none',
    visible: rect.width > 1 && rect.height > 1,
  }
}

/** Presses Tab until the focused control's name matches, and returns every stop on the way. */
export async function tabTo(page: Page, target: RegExp, limit = 300): Promise<FocusStop[]> {
  const stops: FocusStop[] = []
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(describeFocus)
    if (!stop) continue
    stops.push(stop)
    if (target.test(stop.name)) return stops
  }
  throw new Error(
    `Tab never reached ${String(target)}; stops: ${stops.map((s) => s.name).join(' | ')}`,
  )
}

export function stopsWithoutRing(stops: FocusStop[]): FocusStop[] {
  return stops.filter((stop) => !stop.ring || !stop.visible)
}
