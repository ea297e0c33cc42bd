import { describe, expect, it } from 'vitest'
import { shortZoneName } from './clocks'

describe('shortZoneName', () => {
  it.each([
    ['America/Los_Angeles', 'Los Angeles'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    // POSIX signs are west-positive: Etc/GMT+12 is twelve hours behind UTC.
    ['Etc/GMT+12', 'UTC−12'],
    ['Etc/GMT-14', 'UTC+14'],
    ['Etc/GMT+5', 'UTC−5'],
    ['Etc/GMT-0', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['UTC', 'UTC'],
    ['Etc/Universal', 'UTC'],
  ])('names %s "%s"', (zone, name) => {
    expect(shortZoneName(zone)).toBe(name)
  })
})
