import { describe, expect, it } from 'vitest'
import { defaultView, readView, writeView, type KnownIds } from './url-state'

function read(search: string) {
  return readView(new URLSearchParams(search))
}

describe('readView', () => {
  it('reads every filter, sort and page from the URL, and writes the same URL back', () => {
    const search =
      'owner=jordan-avery,unassigned&account=xai&status=proposed&priority=high,none' +
      '&due=overdue,invalid&dueFrom=2025-11-01&dueTo=2025-11-30&tag=%23task&q=sla' +
      '&sort=-priority&page=2&pageSize=100'
    const { view, ignored } = read(search)

    expect(ignored).toEqual([])
    expect(view).toEqual({
      owner: ['jordan-avery', 'unassigned'],
      account: ['xai'],
      status: ['proposed'],
      priority: ['high', 'none'],
      due: ['overdue', 'invalid'],
      dueFrom: '2025-11-01',
      dueTo: '2025-11-30',
      tag: '#task',
      q: 'sla',
      sort: '-priority',
      page: 2,
      pageSize: 100,
    })
    expect(readView(writeView(view)).view).toEqual(view)
  })

  it('reads a list given twice as one list, as a hand-edited link means it', () => {
    const { view, ignored } = read('due=overdue&due=today,overdue&owner=riley-hart')

    expect(ignored).toEqual([])
    expect(view.due).toEqual(['overdue', 'today'])
    expect(view.owner).toEqual(['riley-hart'])
    expect(defaultView.due).toEqual([])
  })

  it('falls back to the default for each bad value and says which and why', () => {
    const { view, ignored } = read(
      'priority=urgent,high&sort=sideways&page=-3&pageSize=9999&dueFrom=2025-02-30&colour=red',
    )

    expect(view).toEqual({ ...defaultView, priority: ['high'] })
    expect(ignored.map((i) => [i.key, i.value])).toEqual([
      ['priority', 'urgent'],
      ['sort', 'sideways'],
      ['page', '-3'],
      ['pageSize', '9999'],
      ['dueFrom', '2025-02-30'],
      ['colour', 'red'],
    ])
    expect(ignored.find((i) => i.key === 'dueFrom')?.reason).toBe('no such day in the calendar')
    expect(ignored.find((i) => i.key === 'colour')?.reason).toBe('not a filter this page knows')
  })

  it('says in words why a page, page size, search, sort or date was left out', () => {
    const { ignored } = read(
      `page=0&pageSize=9999&q=${'x'.repeat(201)}&sort=sideways&dueTo=tomorrow`,
    )

    expect(Object.fromEntries(ignored.map((i) => [i.key, i.reason]))).toEqual({
      page: 'page must be 1 or more',
      pageSize: 'page size must be 500 or less',
      q: 'search is limited to 200 characters',
      sort: 'not a sort (one of due, -due, priority, -priority, owner, account)',
      dueTo: 'not a date: write it as YYYY-MM-DD',
    })
    expect(read('page=2.5').ignored[0]?.reason).toBe('page must be a whole number')
  })

  it('drops a "to" date before the "from" date', () => {
    const { view, ignored } = read('dueFrom=2025-11-30&dueTo=2025-11-01')

    expect(view).toMatchObject({ dueFrom: '2025-11-30', dueTo: undefined })
    expect(ignored).toEqual([
      { key: 'dueTo', value: '2025-11-01', reason: 'it is before the "from" date' },
    ])
  })

  it('leaves defaults out of the URL it writes', () => {
    expect(writeView(defaultView).toString()).toBe('')
  })

  it('says why a status, priority or due choice was left out, and what shows instead', () => {
    const { view, ignored } = read('status=open&priority=urgent,high&due=someday')

    expect(view).toMatchObject({ status: [], priority: ['high'], due: [] })
    expect(ignored).toEqual([
      {
        key: 'status',
        value: 'open',
        reason: 'not a status (one of todo, in_progress, done, cancelled, proposed)',
        instead: 'all statuses',
      },
      {
        key: 'priority',
        value: 'urgent',
        reason: 'not a priority (one of highest, high, medium, none, low, lowest)',
        instead: 'the other priorities chosen',
      },
      {
        key: 'due',
        value: 'someday',
        reason: expect.stringMatching(/^not a due choice \(one of overdue, today, /),
        instead: 'all due dates',
      },
    ])
  })

  it('ignores a tag no item could carry, with or without its #', () => {
    expect(read('tag=rma').view.tag).toBe('rma')
    expect(read('tag=%23rma').view.tag).toBe('#rma')

    for (const tag of ['%23sev 1', '%23%23rma', '%23']) {
      const { view, ignored } = read(`tag=${tag}`)
      expect(view.tag).toBeUndefined()
      expect(ignored).toEqual([
        {
          key: 'tag',
          value: decodeURIComponent(tag),
          reason: 'a tag is one word after #, with no spaces',
        },
      ])
    }
  })
})

describe('readView with the known people and accounts', () => {
  const known: KnownIds = {
    people: new Set(['jordan-avery', 'riley-hart']),
    accounts: new Set(['xai', 'coreweave']),
  }

  it('keeps known owners and accounts, "unassigned" and "none"', () => {
    const { view, ignored } = readView(
      new URLSearchParams('owner=jordan-avery,unassigned&account=xai,none'),
      known,
    )

    expect(ignored).toEqual([])
    expect(view.owner).toEqual(['jordan-avery', 'unassigned'])
    expect(view.account).toEqual(['xai', 'none'])
  })

  it('leaves out an owner or account that does not exist, and says so', () => {
    const { view, ignored } = readView(
      new URLSearchParams('owner=nobody-known,riley-hart&account=acme&priority=high'),
      known,
    )

    expect(view).toEqual({ ...defaultView, owner: ['riley-hart'], priority: ['high'] })
    expect(ignored).toEqual([
      {
        key: 'owner',
        value: 'nobody-known',
        reason: 'no one has that id',
        instead: 'the other owners chosen',
      },
      {
        key: 'account',
        value: 'acme',
        reason: 'there is no account with that id',
        instead: 'all accounts',
      },
    ])
  })

  it('names an owner no id could match the same way, people loaded or not', () => {
    for (const ids of [known, { people: null, accounts: null }]) {
      const { view, ignored } = readView(new URLSearchParams('owner=Jordan%20Avery'), ids)
      expect(view.owner).toEqual([])
      expect(ignored).toEqual([
        {
          key: 'owner',
          value: 'Jordan Avery',
          reason: 'no one has that id',
          instead: 'all owners',
        },
      ])
    }
  })

  it('takes the link as it stands while the people and accounts are not known', () => {
    const { view, ignored } = read('owner=nobody-known&account=acme')

    expect(ignored).toEqual([])
    expect(view).toMatchObject({ owner: ['nobody-known'], account: ['acme'] })
  })
})
