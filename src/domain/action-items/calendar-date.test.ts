import { describe, expect, it } from 'vitest'
import { addDays, dayOfWeek, isValidCalendarDate, todayInZone } from './calendar-date'

describe('isValidCalendarDate', () => {
  it.each(['2025-11-08', '2024-02-29', '2000-02-29', '2025-12-31'])('accepts %s', (date) => {
    expect(isValidCalendarDate(date)).toBe(true)
  })

  it.each(['2025-02-30', '2025-02-29', '1900-02-29', '2025-13-01', '2025-04-31', '2025-00-10'])(
    'rejects the impossible %s',
    (date) => {
      expect(isValidCalendarDate(date)).toBe(false)
    },
  )

  it.each(['2025-1-08', '08/11/2025', '2025-11-08T00:00', ''])(
    'rejects the malformed %j',
    (date) => {
      expect(isValidCalendarDate(date)).toBe(false)
    },
  )
})

describe('todayInZone', () => {
  const instant = new Date('2025-11-08T02:30:00Z')

  it('gives the calendar date in the named zone, whatever the machine zone', () => {
    expect(todayInZone('UTC', instant)).toBe('2025-11-08')
    expect(todayInZone('America/Los_Angeles', instant)).toBe('2025-11-07')
    expect(todayInZone('Australia/Sydney', instant)).toBe('2025-11-08')
    expect(todayInZone('Pacific/Kiritimati', new Date('2025-11-08T11:00:00Z'))).toBe('2025-11-09')
  })
})

describe('addDays and dayOfWeek', () => {
  it('moves across month, year and DST changes by calendar days', () => {
    expect(addDays('2025-10-31', 1)).toBe('2025-11-01')
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05')
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09')
  })

  it('numbers Monday 1 and Sunday 7', () => {
    expect(dayOfWeek('2025-11-10')).toBe(1)
    expect(dayOfWeek('2025-11-09')).toBe(7)
  })
})
