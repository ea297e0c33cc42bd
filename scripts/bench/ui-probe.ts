export interface ProbeState {
  arm(): void
  doneAt: number | null
  result(from: 'input' | 'url'): { changeToListMs: number; longestTaskMs: number }
}

/**
 * Runs in the page before its scripts (plain source text, as tsx's helpers are not there).
 * Once armed, it notes the first input event and the first change of the address; the list
 * counts as updated at the first frame after the table's first rows or the match count differ
 * from what they were when armed and the list is no longer busy.
 */
export const pageProbe = `(() => {
  const tasks = []
  new PerformanceObserver((list) => tasks.push(...list.getEntries()))
    .observe({ type: 'longtask', buffered: true })
  const signature = () => {
    const rows = [...document.querySelectorAll('tbody tr:not([data-spacer])')].slice(0, 3)
    const count = document.querySelector('h1 + p')?.textContent ?? ''
    return count + '|' + rows.map((r) => r.textContent).join('|')
  }
  const busy = () => document.querySelector('[aria-busy="true"]') !== null
  let armed = false, before = '', inputAt = null, urlAt = null, frameAfter = null
  const probe = {
    doneAt: null,
    arm() {
      armed = true; before = signature(); inputAt = null; urlAt = null; probe.doneAt = null
      frameAfter = performance.now()
    },
    result(from) {
      const start = from === 'url' ? urlAt : inputAt
      const inWindow = tasks.filter(
        (t) => t.startTime + t.duration >= start && t.startTime <= probe.doneAt,
      )
      return {
        changeToListMs: probe.doneAt - start,
        longestTaskMs: Math.max(0, ...inWindow.map((t) => t.duration)),
      }
    },
  }
  window.__probe = probe
  for (const type of ['pointerdown', 'click', 'input', 'change']) {
    document.addEventListener(type, (e) => {
      if (armed && inputAt === null) inputAt = e.timeStamp
    }, true)
  }
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name].bind(history)
    history[name] = (...args) => {
      if (armed && urlAt === null) urlAt = performance.now()
      return original(...args)
    }
  }
  new MutationObserver(() => {
    if (!armed || busy() || signature() === before) return
    armed = false
    requestAnimationFrame((t) => { probe.doneAt = t })
  }).observe(document, {
    childList: true, subtree: true, characterData: true,
    attributes: true, attributeFilter: ['aria-busy'],
  })
})()`
