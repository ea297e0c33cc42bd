import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { apiBaseUrl, waitForBackend } from './lib/api-client'
import './index.css'

// With no API base URL the embedded mock backend answers; it loads in parallel with the
// shell, and requests wait for it, so it never delays the first paint.
if (!apiBaseUrl()) {
  waitForBackend(import('../mocks/browser').then(({ startMockBackend }) => startMockBackend()))
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
