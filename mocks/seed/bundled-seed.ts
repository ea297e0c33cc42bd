import { buildSeed, type SeedData } from './build-seed'
import { readBundledSources } from './vite-sources'

/**
 * The seed the in-browser backend starts from. A production build replaces this module with
 * the seed itself, built once in Node (`prebuiltSeed` in vite.config.ts), so the browser
 * neither parses the note at start-up nor downloads the note parser for it.
 */
export function readBundledSeed(): SeedData {
  return buildSeed(readBundledSources())
}
