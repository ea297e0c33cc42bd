import type { Status } from '@/contract'

const SYMBOLS: Record<Status, string> = {
  todo: ' ',
  in_progress: '/',
  done: 'x',
  cancelled: '-',
  proposed: '?',
}

/** The symbol Obsidian Tasks writes for a status set in the app. */
export function statusSymbolFor(status: Status): string {
  return SYMBOLS[status]
}
