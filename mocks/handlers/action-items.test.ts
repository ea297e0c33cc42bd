import { describe, expect, it } from 'vitest'
import { actionItemListSchema, actionItemSchema, apiErrorSchema } from '@/contract'
import { startTestBackend } from '../../tests/setup/render-route'

const backend = startTestBackend()
const base = 'http://localhost/api/action-items'

async function list(search = '') {
  const response = await fetch(`${base}${search}`)
  return { status: response.status, body: (await response.json()) as unknown }
}

describe('GET /api/action-items', () => {
  it('serves the eight items parsed from the meeting note', async () => {
    const { status, body } = await list('?today=2025-11-01')
    const data = actionItemListSchema.parse(body)

    expect(status).toBe(200)
    expect(data.total).toBe(8)
    expect(data.items.every((item) => item.ownerId === 'jordan-avery')).toBe(true)
    expect(data.facets.priority).toMatchObject({ high: 3, low: 2, none: 3 })
  })

  it('filters by owner and due bucket on the server, with counts', async () => {
    const overdue = actionItemListSchema.parse(
      (await list('?owner=jordan-avery&due=overdue&today=2025-11-09')).body,
    )
    const notYet = actionItemListSchema.parse(
      (await list('?owner=jordan-avery&due=overdue&today=2025-11-08')).body,
    )

    expect(overdue.total).toBe(8)
    expect(notYet.total).toBe(0)
    expect(notYet.facets.due).toMatchObject({ today: 8 })
  })

  it('pages the result and keeps the total', async () => {
    const page2 = actionItemListSchema.parse((await list('?pageSize=3&page=2')).body)

    expect(page2.total).toBe(8)
    expect(page2.items).toHaveLength(3)
  })

  it('answers 400 naming the parameter that does not fit', async () => {
    const bad = await list('?priority=urgent')
    const unknown = await list('?colour=blue')
    const range = await list('?dueFrom=2025-12-01&dueTo=2025-11-01')

    expect(bad.status).toBe(400)
    expect(apiErrorSchema.parse(bad.body).error.message).toMatch(/priority/)
    expect(apiErrorSchema.parse(unknown.body).error.message).toMatch(/colour/)
    expect(apiErrorSchema.parse(range.body).error.message).toMatch(/dueFrom must be on or before/)
  })

  it('answers 400, not 500, for a day that does not exist', async () => {
    for (const search of ['?today=2025-02-30', '?today=2025-13-45', '?dueFrom=2025-02-30']) {
      const { status, body } = await list(search)

      expect(status).toBe(400)
      expect(apiErrorSchema.parse(body).error.message).toMatch(/no such day in the calendar/)
    }
  })

  it('refuses a parameter given twice instead of keeping only the last', async () => {
    const { status, body } = await list('?owner=jordan-avery&owner=riley-hart')
    const both = actionItemListSchema.parse((await list('?owner=jordan-avery,riley-hart')).body)

    expect(status).toBe(400)
    expect(apiErrorSchema.parse(body).error.issues).toEqual([
      { path: 'owner', message: 'given more than once; write a list with commas instead' },
    ])
    expect(both.total).toBe(8)
  })
})

describe('PATCH /api/action-items/:id', () => {
  async function firstItem() {
    return actionItemListSchema.parse((await list('?sort=due')).body).items[0]!
  }

  function patch(id: string, body: unknown) {
    return fetch(`${base}/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  }

  it('saves a change, raises the version and keeps it for the next request', async () => {
    const item = await firstItem()
    const response = await patch(item.id, { status: 'done', version: item.version })
    const saved = actionItemSchema.parse(await response.json())
    const again = actionItemSchema.parse(
      await (await fetch(`${base}/${encodeURIComponent(item.id)}`)).json(),
    )

    expect(response.status).toBe(200)
    expect(saved).toMatchObject({ status: 'done', statusSymbol: 'x', version: 2 })
    expect(again.status).toBe('done')
    expect(backend.store.actionItems.find((i) => i.id === item.id)?.status).toBe('done')
  })

  it('refuses a stale version with 409 and an unknown owner with 422', async () => {
    const item = await firstItem()
    await patch(item.id, { priority: 'low', version: item.version })
    const stale = await patch(item.id, { priority: 'high', version: item.version })
    const unknownOwner = await patch(item.id, { ownerId: 'nobody-here' })

    expect(stale.status).toBe(409)
    expect(unknownOwner.status).toBe(422)
    expect(apiErrorSchema.parse(await unknownOwner.json()).error.message).toMatch(/nobody-here/)
  })

  it('refuses the second of two changes sent at once from the same version', async () => {
    const item = await firstItem()
    const answers = await Promise.all([
      patch(item.id, { status: 'done', version: item.version }),
      patch(item.id, { priority: 'lowest', version: item.version }),
    ])
    const saved = answers.find((answer) => answer.status === 200)
    const refused = answers.find((answer) => answer.status === 409)

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    expect(apiErrorSchema.parse(await refused?.json()).error.message).toMatch(/changed elsewhere/)
    expect(backend.store.actionItems.find((i) => i.id === item.id)).toEqual(
      actionItemSchema.parse(await saved?.json()),
    )
  })

  it('answers 400 for a body not JSON or with unknown fields, 404 for no item', async () => {
    const item = await firstItem()

    expect((await patch(item.id, '{not json')).status).toBe(400)
    expect((await patch(item.id, { colour: 'red' })).status).toBe(400)
    expect((await patch(item.id, { due: '8 Nov' })).status).toBe(400)
    expect((await patch(item.id, { due: '2025-02-30' })).status).toBe(400)
    expect((await patch('no-such-item', { status: 'done' })).status).toBe(404)
  })

  it('calls a year typed short incomplete, not a day that does not exist', async () => {
    const item = await firstItem()
    const twoDigits = await patch(item.id, { due: '0026-12-10' })
    const threeDigits = await patch(item.id, { due: '0202-12-10' })

    expect(twoDigits.status).toBe(400)
    expect(apiErrorSchema.parse(await twoDigits.json()).error.issues).toEqual([
      { path: 'due', message: 'the year 0026 looks incomplete: type all four digits (2026?)' },
    ])
    expect(apiErrorSchema.parse(await threeDigits.json()).error.issues).toEqual([
      { path: 'due', message: 'the year 0202 looks incomplete: type all four digits' },
    ])
    expect((await patch(item.id, { due: '1026-12-10' })).status).toBe(200)
  })
})

describe('POST /api/action-items and bulk PATCH /api/action-items', () => {
  function send(method: string, body: unknown) {
    return fetch(base, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  }

  it('creates an item that the list then serves', async () => {
    const response = await send('POST', {
      title: 'Confirm Sev1 paging path',
      ownerId: 'riley-hart',
      due: '2025-11-20',
      accountIds: ['xai'],
    })
    const created = actionItemSchema.parse(await response.json())
    const listed = actionItemListSchema.parse((await list('?owner=riley-hart')).body)

    expect(response.status).toBe(201)
    expect(created).toMatchObject({ status: 'todo', statusSymbol: ' ', priority: 'none' })
    expect(listed.items.map((item) => item.title)).toEqual(['Confirm Sev1 paging path'])
  })

  it('dates a new item by the viewer’s today when given, else by UTC', async () => {
    const inAuckland = actionItemSchema.parse(
      await (await send('POST', { title: 'Send the runbook', today: '2025-11-13' })).json(),
    )
    const inUtc = actionItemSchema.parse(await (await send('POST', { title: 'Ring xAI' })).json())

    expect(inAuckland.created).toBe('2025-11-13')
    expect(inAuckland).not.toHaveProperty('today')
    expect(inUtc.created).toBe(new Date().toISOString().slice(0, 10))
    expect((await send('POST', { title: 'x', today: '2025-02-30' })).status).toBe(400)
  })

  it('refuses an empty title with 400 and an unknown account with 422', async () => {
    expect((await send('POST', { title: '  ' })).status).toBe(400)
    const unknownAccount = await send('POST', { title: 'x', accountIds: ['xai', 'acme'] })
    expect(unknownAccount.status).toBe(422)
    expect((await unknownAccount.json()).error.issues).toEqual([
      { path: 'accountIds.1', message: 'no account with id "acme"' },
    ])
  })

  it('turns the line breaks of a title into spaces, in a new item and in a change', async () => {
    const created = await send('POST', { title: ' First line\r\n\r\n  Second line\n' })
    const item = actionItemSchema.parse(await created.json())
    const changed = await fetch(`${base}/${item.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Ring xAI\nabout the RMA' }),
    })

    expect(created.status).toBe(201)
    expect(item.title).toBe('First line Second line')
    expect(actionItemSchema.parse(await changed.json()).title).toBe('Ring xAI about the RMA')
    expect((await send('POST', { title: '\n\r\n' })).status).toBe(400)
  })

  it('changes every selected item at once', async () => {
    const ids = backend.store.actionItems.slice(0, 3).map((item) => item.id)
    const response = await send('PATCH', { ids, patch: { status: 'in_progress' } })
    const statuses = backend.store.actionItems.map((item) => item.status)

    expect(response.status).toBe(200)
    expect(statuses.filter((s) => s === 'in_progress')).toHaveLength(3)
    expect((await send('PATCH', { ids: ['nope'], patch: { status: 'done' } })).status).toBe(404)
  })
})
