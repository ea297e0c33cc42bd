/**
 * MSW keeps its cookie jar in localStorage and refuses to load where the page looks like a
 * browser without one, as a worker does. The backend sets no cookies, so a jar in memory, for
 * as long as the worker lives, is enough. Imported before MSW is.
 */
function memoryStorage(): Storage {
  const values = new Map<string, string>()
  return {
    get length() {
      return values.size
    },
    key: (index) => [...values.keys()][index] ?? null,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, String(value)),
    removeItem: (key) => void values.delete(key),
    clear: () => values.clear(),
  }
}

if (typeof globalThis.localStorage === 'undefined') {
  Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true })
}
