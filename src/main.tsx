import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { apiBaseUrl, waitForBackend } from './lib/api-client'
import { rememberDatasetChoice } from './lib/dataset-choice'
import './index.css'

// Before the router reads the address: `?dataset=` is the backend's, not a page's.
const dataset = rememberDatasetChoice()
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

// With no API base URL the embedded mock backend answers. Its chunk downloads with the shell
// (a modulepreload link) but starts after the render above is scheduled, so the route's own
// chunks are requested first; requests wait for the backend, so it never delays the first paint.
if (!apiBaseUrl()) {
  waitForBackend(
    import('../mocks/browser').then(({ startMockBackend }) => startMockBackend(dataset)),
  )
}
