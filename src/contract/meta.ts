import { z } from 'zod'

export const backendMetaSchema = z.object({
  /** seeded: fresh from the note; restored: saved changes loaded; reset: saved data was dropped. */
  storage: z.enum(['seeded', 'restored', 'reset']),
  notices: z.array(z.string()),
  problems: z.array(z.string()),
})
export type BackendMeta = z.infer<typeof backendMetaSchema>
