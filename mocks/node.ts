import { setupServer } from 'msw/node'
import { createBackend } from './create-backend'
import { readBundledSources } from './seed/vite-sources'
import { memoryPersistence } from './store/persistence'

/** A fresh backend for each test file: seeded from the note, kept in memory. */
export function createTestBackend() {
  const backend = createBackend(readBundledSources(), memoryPersistence())
  return { ...backend, server: setupServer(...backend.handlers) }
}
