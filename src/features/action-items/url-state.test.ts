import { describe, expect, it } from 'vitest'
import { defaultView, readView, writeView } from './url-state'

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
})
