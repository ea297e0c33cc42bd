/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real server's origin, e.g. https://opmodel.example.com. Empty: the embedded mock. */
  readonly VITE_API_BASE_URL?: string
}

interface Window {
  /** Set before the app's script runs to point a built app at a server without rebuilding. */
  opmodelConfig?: { apiBaseUrl?: string }
}

/** The embedded backend's worker script (vite.config.ts, `backendWorkerChunk`). */
declare module 'virtual:backend-worker-url' {
  const url: string
  export default url
}
