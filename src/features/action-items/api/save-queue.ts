import type { ActionItem } from '@/contract'

type Edit = { id: string; patch: { version?: number } }
type Slot = { previous: Promise<void>; finish(): void }

/**
 * Sends the saves of one item one after another, so the server checks each against the
 * version the one before left. A save waiting behind another carries the newer of the version
 * the user edited and the one the save before it got back: the gap is this tab's own change.
 * A change made anywhere else still raises the server's version past both, and is refused.
 */
export function createSaveQueue() {
  const tails = new Map<string, Promise<void>>()
  const savedVersions = new Map<string, number>()
  const slots = new WeakMap<Edit, Slot>()

  /** Takes the edit's place in line; call it as the user makes the edit, before any await. */
  function reserve(edit: Edit): Slot {
    let resolve = () => {}
    const tail = new Promise<void>((done) => (resolve = done))
    const previous = tails.get(edit.id) ?? Promise.resolve()
    const finish = () => {
      resolve()
      if (tails.get(edit.id) !== tail) return
      tails.delete(edit.id)
      savedVersions.delete(edit.id)
    }
    tails.set(edit.id, tail)
    const slot = { previous, finish }
    slots.set(edit, slot)
    return slot
  }

  async function send(edit: Edit, request: (version?: number) => Promise<ActionItem>) {
    const slot = slots.get(edit) ?? reserve(edit)
    await slot.previous
    try {
      const { version } = edit.patch
      const saved = savedVersions.get(edit.id) ?? 0
      const item = await request(version === undefined ? undefined : Math.max(version, saved))
      savedVersions.set(edit.id, item.version)
      return item
    } finally {
      slot.finish()
    }
  }

  /** True while a save of the item is in flight or waiting. */
  function isBusy(id: string): boolean {
    return tails.has(id)
  }

  return { reserve, send, isBusy }
}
