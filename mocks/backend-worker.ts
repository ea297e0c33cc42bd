// First, before MSW loads: see the module.
import './worker/memory-storage'
import { serveBackend } from './worker/serve'

// The embedded backend's own thread: the page posts requests here (see mocks/browser.ts).
serveBackend(self)
