import { describe, expect, it } from 'vitest'
import { makeItem } from '@/domain/action-items/action-item-fixtures'
import { createSaveQueue } from './save-queue'

/** A server that remembers the versions it was sent and answers each with the next one. */
function fakeServer() {
  const sent: Array<number | undefined> = []
  let answer = () => {}
  const request = async (version?: number) => {
    sent.push(version)
    await new Promise<void>((resolve) => (answer = resolve))
    return makeItem({ id: 'a', version: (version ?? 0) + 1 })
  }
  return { sent, request, answer: () => answer() }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('createSaveQueue', () => {
  it('sends a second edit of an item after the first, with the version it got back', async () => {
    const queue = createSaveQueue()
    const server = fakeServer()
    const first = { id: 'a', patch: { status: 'done', version: 1 } }
    const second = { id: 'a', patch: { priority: 'low', version: 1 } }
    queue.reserve(first)
    queue.reserve(second)

    const saves = [queue.send(first, server.request), queue.send(second, server.request)]
    await flush()
    expect(server.sent).toEqual([1])
    server.answer()
    await flush()
    expect(server.sent).toEqual([1, 2])
    expect(queue.isBusy('a')).toBe(true)
    server.answer()

    expect((await Promise.all(saves)).map((item) => item.version)).toEqual([2, 3])
    expect(queue.isBusy('a')).toBe(false)
  })

  it('forgets the version once idle, so an item reset to version 1 can be edited', async () => {
    const queue = createSaveQueue()
    const server = fakeServer()
    const edit = { id: 'a', patch: { version: 4 } }
    const save = queue.send(edit, server.request)
    await flush()
    server.answer()
    await save

    const afterReset = queue.send({ id: 'a', patch: { version: 1 } }, server.request)
    await flush()
    server.answer()
    await afterReset

    expect(server.sent).toEqual([4, 1])
  })
})
