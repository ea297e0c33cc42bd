import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { coverageStatusAt } from '@/domain/rota'
import { buildSev1Sla } from '@/domain/rota/rota-fixtures'
import { getSeedRotaPath, readPeople, readRotaFile, SEED_ACCOUNTS } from './lib/read-data'

function runExport(args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/export.ts', ...args], { encoding: 'utf8' })
}

const WEEK = ['--from', '2026-03-23', '--to', '2026-03-30', '--now', '2026-03-01T00:00:00Z']

describe('seed rotas', () => {
  it.each(SEED_ACCOUNTS)('%s is valid and covers weekdays end to end in winter', (account) => {
    const result = readRotaFile(getSeedRotaPath(account), readPeople())
    if (!result.ok) throw new Error(result.message)
    const sla = buildSev1Sla({ provenance: result.rota.layers[0]!.provenance! })
    const status = coverageStatusAt(result.rota, [sla], '2026-01-12T00:00:00Z', 1)
    expect(status.nextGap?.reason).toBe('monitored_only')
    // Only the weekend is short of full coverage in a winter week.
    expect(status.uncoveredHours).toBeLessThan(48)
    expect(status.uncoveredHours).toBeGreaterThan(30)
  })
})

describe('npm run export', () => {
  it.each(['ics', 'csv', 'hours'])(
    'writes %s for both accounts',
    (format) => {
      for (const account of SEED_ACCOUNTS) {
        const result = runExport(['--account', account, ...WEEK, '--format', format])
        expect(result.stderr).toBe('')
        expect(result.status).toBe(0)
        expect(result.stdout.length).toBeGreaterThan(100)
      }
    },
    30_000,
  )

  it('exits 2 with a clear message on bad arguments and invalid rota files', () => {
    const bad = runExport(['--account', 'nobody', ...WEEK])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--account: unknown account "nobody"')
    const file = join(tmpdir(), 'opmodel-bad-rota.json')
    writeFileSync(file, JSON.stringify({ version: 1, accountId: 'x', layers: [] }))
    const invalid = runExport(['--rota', file, ...WEEK])
    expect(invalid.status).toBe(2)
    expect(invalid.stderr).toContain('customerTimeZone')
  }, 30_000)

  it('exits 2 for a person or team that does not exist, rather than an empty file', () => {
    const person = runExport(['--account', 'coreweave', '--person', 'nobody', ...WEEK])
    const team = runExport(['--account', 'coreweave', '--team', 'nobody', ...WEEK])

    expect(person.status).toBe(2)
    expect(person.stderr).toContain('--person: no person with id "nobody"')
    expect(person.stdout).toBe('')
    expect(team.status).toBe(2)
    expect(team.stderr).toContain('--team: no team with id "nobody"')
  }, 30_000)

  it('exports a rota file given with --rota: the same shifts as its account', () => {
    const fromFile = runExport(['--rota', getSeedRotaPath('coreweave'), ...WEEK, '--format', 'csv'])
    const fromAccount = runExport(['--account', 'coreweave', ...WEEK, '--format', 'csv'])

    expect(fromFile.status).toBe(0)
    expect(fromFile.stdout.split('\r\n').length).toBeGreaterThan(10)
    expect(fromFile.stdout).toBe(fromAccount.stdout)
  }, 30_000)
})
