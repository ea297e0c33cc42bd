/// <reference types="vitest/config" />
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants as zlib } from 'node:zlib'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite'

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
}

const BACKEND_WORKER = fileURLToPath(new URL('./mocks/backend-worker.ts', import.meta.url))
const WORKER_URL = 'virtual:backend-worker-url'

/**
 * The embedded backend's worker (decision 0009) is an entry of the page's own build rather than
 * a bundle of its own: it imports the same hashed chunks (Zod, the Temporal polyfill, the
 * contract) that the page has already downloaded, so the browser's cache serves them and
 * nothing is downloaded twice. `virtual:backend-worker-url` is the worker's URL: its chunk's
 * in a build, its source in development, where Vite serves it as a module.
 */
function backendWorkerChunk(): Plugin {
  let building = false
  let base = '/'
  let ref = ''
  return {
    name: 'opmodel:backend-worker-chunk',
    configResolved(resolved) {
      building = resolved.command === 'build'
      base = resolved.base
    },
    buildStart() {
      if (building) ref = this.emitFile({ type: 'chunk', id: BACKEND_WORKER, name: 'backend' })
    },
    resolveId: (id) => (id === WORKER_URL ? `\0${WORKER_URL}` : null),
    load(id) {
      if (id !== `\0${WORKER_URL}`) return null
      if (!building) return `export default ${JSON.stringify(`${base}mocks/backend-worker.ts`)}`
      return `export default import.meta.ROLLUP_FILE_URL_${ref}`
    },
  }
}

/**
 * MSW keeps a cookie jar (tough-cookie, with the public-suffix list through tldts) to read
 * cookies that handlers set. The embedded backend sets none, so the build (where only its
 * worker loads MSW) replaces the jar with an empty one: 30 kB less to download before the
 * first data. Tests and development keep the real jar. See
 * docs/decisions/0009-the-backend-runs-in-a-worker.md.
 */
function emptyCookieJar(): Plugin {
  const jar = /[\\/]msw[\\/]lib[\\/]core[\\/]utils[\\/]cookieStore\.mjs$/
  return {
    name: 'opmodel:empty-cookie-jar',
    apply: 'build',
    load(id) {
      if (!jar.test(id)) return null
      return `export const cookieStore = { getCookies: () => [], setCookie: async () => {} }`
    },
  }
}

/** Writes a brotli twin of each text file, for hosts that serve precompressed files. */
function precompressBrotli(): Plugin {
  let config: ResolvedConfig
  const compressible = /\.(js|css|html|svg|json|txt)$/
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    )
  return {
    name: 'opmodel:precompress-brotli',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle() {
      const outDir = resolve(config.root, config.build.outDir)
      // The generated data set (npm run generate, 20+ MB) would take a minute at quality 11.
      const wanted = (f: string) => compressible.test(f) && !f.includes(`${sep}generated${sep}`)
      for (const file of walk(outDir).filter(wanted)) {
        const source = readFileSync(file)
        const compressed = brotliCompressSync(source, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length },
        })
        if (compressed.length < source.length) writeFileSync(`${file}.br`, compressed)
      }
    },
  }
}

const nodeModule = (...names: string[]) =>
  new RegExp(`[\\\\/]node_modules[\\\\/](${names.join('|')})[\\\\/]`)

/**
 * Libraries in chunks named after them, so a release that changes only the app's code leaves
 * them cached. Each loads where it did before: the shell's libraries with the shell (one chunk,
 * as they always load together; TanStack Virtual is not one of them, the action-items list
 * alone uses it), MSW with the mock backend, Recharts with the first chart.
 * Zod has a chunk of its own because the backend's worker shares it: in `vendor`, the worker
 * would evaluate React to reach it.
 */
const vendorChunks = [
  {
    name: 'vendor',
    test: nodeModule(
      'react|react-dom|scheduler|react-router|cookie',
      '@tanstack[\\\\/](?:query-core|react-query)',
    ),
    priority: 20,
  },
  { name: 'zod', test: nodeModule('zod'), priority: 20 },
  { name: 'temporal', test: nodeModule('temporal-polyfill|temporal-utils'), priority: 20 },
  {
    name: 'msw',
    test: nodeModule(
      'msw|@mswjs|@open-draft|tough-cookie|headers-polyfill|rettime|path-to-regexp',
      'strict-event-emitter|outvariant|is-node-process|until-async|statuses',
    ),
    priority: 10,
  },
  {
    name: 'recharts',
    test: nodeModule(
      'recharts|d3-[a-z]+|victory-vendor|@reduxjs|redux|redux-thunk|reselect|immer|react-redux',
      'es-toolkit|decimal\\.js-light|eventemitter3|use-sync-external-store|tiny-invariant|react-is',
    ),
    priority: 10,
  },
]

export default defineConfig({
  plugins: [react(), tailwindcss(), backendWorkerChunk(), emptyCookieJar(), precompressBrotli()],
  resolve: { alias },
  build: { rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } } },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup/vitest-setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/unit/**/*.test.{ts,tsx}',
    ],
    restoreMocks: true,
    // Component tests render whole pages; on a busy 2-core CI machine 5 s is too tight.
    testTimeout: 20_000,
  },
})
