import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importPreviewSchema, noteMetaSchema } from '@/contract'
import { startTestBackend } from '../tests/setup/render-route'
import { taskToActionItem } from '../mocks/seed/build-seed'

startTestBackend()

const note = [
  '---',
  'title: "Weekly sync"',
  'participants: ["Morgan Blake"]',
  '---',
  '- [ ] Confirm Sev1 paging path with CoreWeave @Myself ⏫ 📅 2025-11-20 #task',
  '- [ ] Chase RMA @Somebody 📅 2025-11-18.',
  '- [ ] Renew xAI support contract @Myself 📅 2025-02-30',
].join('\n')

function runParseNote(args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/parse-note.ts', ...args], { encoding: 'utf8' })
}

describe('npm run parse-note', () => {
  it('prints the same note and items as the import preview, warnings included', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parse-note-')), 'weekly.md')
    writeFileSync(path, note)

    const cli = runParseNote([path])
    const printed = JSON.parse(cli.stdout) as { meta: unknown; tasks: never[] }
    const meta = noteMetaSchema.parse(printed.meta)
    const response = await fetch('http://localhost/api/notes/preview', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ notes: [{ name: 'weekly.md', text: note }] }),
    })
    const preview = importPreviewSchema.parse(await response.json())
    const withoutTime = <T extends { updatedAt: string }>({ updatedAt: _, ...rest }: T) => rest

    expect(cli.status).toBe(0)
    expect(meta).toEqual(preview.notes[0])
    expect(meta.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['unknown-owner', 'unread-signifier', 'invalid-date']),
    )
    expect(printed.tasks.map((task) => withoutTime(taskToActionItem(task, meta, '')))).toEqual(
      preview.changes.map((change) => withoutTime(change.item)),
    )
  })

  it('reads a Latin-1 file as the import page does, and says so', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parse-note-')), 'cafe.md')
    writeFileSync(path, Buffer.from('# Café note\n- [ ] Réunion with Ravi @Riley', 'latin1'))

    const cli = runParseNote([path])
    const meta = noteMetaSchema.parse((JSON.parse(cli.stdout) as { meta: unknown }).meta)

    expect(meta.title).toBe('Café note')
    expect(meta.warnings[0]?.code).toBe('not-utf8')
  })

  it('refuses a file that is not text', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parse-note-')), 'noise.md')
    writeFileSync(
      path,
      Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256),
    )

    const cli = runParseNote([path])

    expect(cli.status).toBe(1)
    expect(cli.stderr).toMatch(/parse-note: .*noise\.md is not a text file/)
  })

  it('exits non-zero with a clear message for a missing file', () => {
    const cli = runParseNote(['no/such/note.md'])

    expect(cli.status).toBe(1)
    expect(cli.stderr).toMatch(/parse-note: cannot read no\/such\/note\.md/)
  })
})
