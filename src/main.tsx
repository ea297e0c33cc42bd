import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { startMockBackend } from '../mocks/browser'
import { App } from './app/app'
import { apiBaseUrl, waitForBackend } from './lib/api-client'
import { rememberDatasetChoice } from './lib/dataset-choice'
import './index.css'

// Before the router reads the address: `?dataset=` is the backend's, not a page's.
const dataset = rememberDatasetChoice()

// With no API base URL the embedded mock backend answers, from a Web Worker of its own
// (decision 0009). It is created before the render so that its script downloads alongside
// the route's chunks and it starts on its own thread while the page renders; requests wait
// for it, so it never delays the first paint.
if (!apiBaseUrl()) waitForBackend(startMockBackend(dataset))

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
