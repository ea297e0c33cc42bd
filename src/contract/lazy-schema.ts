/**
 * A schema built the first time it is used. Zod builds a schema's parts when the module that
 * declares it is evaluated; building all of the contract's schemas costs both threads 15-30 ms
 * before the first request can be sent or answered, most of it for schemas the page at hand
 * never parses. The value stands in for the schema: every property read, write, `in` or
 * `instanceof` is answered by the schema, which is built on the first of them.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined
  const schema = (): T => (built ??= build())
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key)
      // The stand-in is not the schema: a proxy may not report a property it lacks as fixed.
      return descriptor && { ...descriptor, configurable: true }
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  })
}
