import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// Pages load lazily; on a busy CI machine the first render can take a few seconds.
configure({ asyncUtilTimeout: 5_000 })

// A test that makes React warn (act, keys, DOM nesting) fails, as in epic-stack.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  cleanup()
  globalThis.localStorage?.clear()
})
