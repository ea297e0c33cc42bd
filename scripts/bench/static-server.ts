import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface SentResponse {
  path: string
  /** Wall-clock milliseconds when the request arrived, comparable with the page's clock. */
  arrivedAt: number
  encoding: 'br' | 'gzip' | 'identity'
  /** Body bytes on the wire, after compression; headers are not counted. */
  bytes: number
}

export interface StaticServer {
  origin: string
  sent: SentResponse[]
  close(): Promise<void>
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
}
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg'])

function resolveFile(root: string, urlPath: string): string {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '')
  const file = join(root, safe)
  if (existsSync(file) && statSync(file).isFile()) return file
  // A single-page app: any path without a file behind it gets the shell.
  return join(root, 'index.html')
}

/**
 * Serves a built app the way a static host does: a precompressed `.br` twin when the browser
 * accepts brotli and one exists, otherwise gzip made on the fly (cached), and a log of what went
 * out. `brotli: false` ignores the twins, to measure a gzip-only host.
 */
export async function startStaticServer(root: string, brotli = true): Promise<StaticServer> {
  const sent: SentResponse[] = []
  const gzipped = new Map<string, Buffer>()

  const server: Server = createServer((request, response) => {
    const arrivedAt = performance.timeOrigin + performance.now()
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname
    const file = resolveFile(root, urlPath)
    const ext = extname(file)
    const accepts = String(request.headers['accept-encoding'] ?? '')
    let body: Buffer = readFileSync(file)
    let encoding: SentResponse['encoding'] = 'identity'

    if (brotli && accepts.includes('br') && existsSync(`${file}.br`)) {
      body = readFileSync(`${file}.br`)
      encoding = 'br'
    } else if (accepts.includes('gzip') && compressible.has(ext)) {
      const cached: Buffer = gzipped.get(file) ?? gzipSync(body)
      gzipped.set(file, cached)
      body = cached
      encoding = 'gzip'
    }

    const immutable = urlPath.startsWith('/assets/')
    response.writeHead(200, {
      'Content-Type': types[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    })
    response.end(body)
    sent.push({ path: urlPath, arrivedAt, encoding, bytes: body.length })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
