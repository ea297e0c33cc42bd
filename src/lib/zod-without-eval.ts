import { z } from 'zod'

// Zod probes for `new Function` before its first object schema to decide whether to compile
// parsers. The Content-Security-Policy forbids eval, so the probe fails (zod then interprets,
// as it would with this set) and the browser reports a violation each time. Jitless skips
// the probe. It must run before any schema is built: api-client imports this first.
z.config({ jitless: true })
