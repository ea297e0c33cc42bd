/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real server's origin, e.g. https://opmodel.example.com. Empty: the embedded mock. */
  readonly VITE_API_BASE_URL?: string
}
