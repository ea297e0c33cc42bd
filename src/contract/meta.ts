import { z } from 'zod'
import { lazySchema } from './lazy-schema'

export const backendMetaSchema = lazySchema(() =>
  z.object({
    /**
     * seeded: the note as read; restored: saved changes on top of it; reset: saved data
     * dropped.
     */
    storage: z.enum(['seeded', 'restored', 'reset']),
    notices: z.array(z.string()),
    problems: z.array(z.string()),
    /** What the backend serves; a generated data set lives in memory and is not saved. */
    dataset: z
      .object({
        kind: z.enum(['note', 'generated']),
        accounts: z.number().int().min(0),
        items: z.number().int().min(0),
        saved: z.boolean(),
      })
      .optional(),
  }),
)
export type BackendMeta = z.infer<typeof backendMetaSchema>
