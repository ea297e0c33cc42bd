import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The browser lines measure `dist/` with the generated data set in it, as a user's build
 * would be: write the data set (`npm run generate`, seeded, so always the same) and build.
 */
export function prepareBuild(): void {
  const run = (args: string[]) =>
    execFileSync('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  process.stderr.write('  writing the generated data set and building dist/ …\n')
  run(['tsx', 'scripts/generate.ts'])
  run(['vite', 'build', '--logLevel', 'error'])
}
