import { readFileSync } from 'node:fs'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderRoute, startTestBackend } from '../../../tests/setup/render-route'

const backend = startTestBackend()
const seedName = '2025-10-29-cs-operating-model.md'
const seedNote = readFileSync(`mocks/data/notes/${seedName}`, 'utf8')
const weekly = [
  '---',
  'title: "Weekly sync"',
  'date: "2025-11-12"',
  'participants: ["Morgan Blake"]',
  '---',
  '- [ ] Confirm Sev1 paging path with CoreWeave @Myself ⏫ 📅 2025-11-20 #task',
  '- [ ] Chase RMA @Somebody 📅 2025-11-18',
  '- [ ] Renew support contract @Myself 📅 2025-02-30',
].join('\n')

async function pasteNote(text: string) {
  const user = userEvent.setup()
  await user.click(await screen.findByRole('textbox', { name: 'Note text' }))
  await user.paste(text)
  return user
}

async function previewNote(text: string, name?: string) {
  const user = await pasteNote(text)
  if (name) {
    const field = screen.getByRole('textbox', { name: 'File name' })
    await user.clear(field)
    await user.type(field, name)
  }
  await user.click(screen.getByRole('button', { name: 'Preview' }))
  await screen.findByRole('heading', { name: 'Preview' })
  return user
}

describe('ImportPage', () => {
  it('previews warnings and changes, then imports the new items', async () => {
    renderRoute('/import')
    const user = await previewNote(weekly)

    const notes = screen.getByRole('list', { name: 'Notes read' })
    expect(within(notes).getByRole('heading', { name: 'Weekly sync' })).toBeInTheDocument()
    expect(within(notes).getByText('Morgan Blake')).toBeInTheDocument()
    expect(within(notes).getAllByText('Unknown owner').length).toBeGreaterThan(0)
    expect(within(notes).getAllByText('Invalid date').length).toBeGreaterThan(0)
    expect(within(notes).getByText('Line 7')).toBeInTheDocument()
    const created = screen.getByRole('region', { name: /^Create changes/ })
    expect(within(created).getAllByRole('row')).toHaveLength(4)
    expect(within(created).getByText('unknown owner')).toBeInTheDocument()
    expect(backend.store.actionItems).toHaveLength(8)

    await user.click(screen.getByRole('button', { name: 'Import' }))

    const result = await screen.findByRole('region', { name: 'Imported 1 note' })
    expect(within(result).getByText('Created').nextSibling).toHaveTextContent('3')
    expect(within(result).getByRole('link', { name: 'Open the action items' })).toHaveAttribute(
      'href',
      '/action-items',
    )
    expect(backend.store.actionItems).toHaveLength(11)
  })

  it('updates an untitled pasted note when it is pasted again, adding nothing twice', async () => {
    const note = '- [ ] Untitled note task one @Riley 📅 2025-12-01'
    const first = renderRoute('/import')
    let user = await previewNote(note)
    expect(
      screen.getByText('Not imported before as pasted-untitled-note-task-one.md.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Import' }))
    await screen.findByRole('region', { name: 'Imported 1 note' })
    first.unmount()
    const count = backend.store.actionItems.length

    renderRoute('/import')
    user = await previewNote(note)

    expect(
      screen.getByText(/^Imported before as pasted-untitled-note-task-one\.md:/),
    ).toBeInTheDocument()
    expect(screen.getByText('1 unchanged. Nothing is saved yet.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled()
    expect(backend.store.actionItems).toHaveLength(count)
  })

  it('names two different untitled pasted notes apart, so neither updates the other', async () => {
    const first = renderRoute('/import')
    let user = await previewNote('- [ ] Order spare NICs for xAI @Myself')
    await user.click(screen.getByRole('button', { name: 'Import' }))
    await screen.findByRole('region', { name: 'Imported 1 note' })
    first.unmount()

    renderRoute('/import')
    user = await pasteNote('- [ ] Renew TLS certificates for CoreWeave @Myself')
    const name = screen.getByRole('textbox', { name: 'File name' })
    expect(name).toHaveValue('')
    expect(name).toHaveAttribute('placeholder', 'pasted-renew-tls-certificates-for-coreweave.md')
    await user.click(screen.getByRole('button', { name: 'Preview' }))
    await screen.findByRole('heading', { name: 'Preview' })

    expect(screen.getByText(/^Not imported before as pasted-renew-tls/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /^Update changes/ })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Import' }))
    await screen.findByRole('region', { name: 'Imported 1 note' })
    const titles = backend.store.actionItems.map((item) => item.title)
    expect(titles).toContain('Order spare NICs for xAI')
    expect(titles).toContain('Renew TLS certificates for CoreWeave')
  })

  it('maps an unknown owner to a known person, previews it again, and imports it', async () => {
    renderRoute('/import')
    const user = await previewNote(weekly)
    const created = screen.getByRole('region', { name: /^Create changes/ })
    const chase = within(created).getByRole('row', { name: /Chase RMA/ })
    expect(within(chase).getByText('unknown owner')).toBeInTheDocument()

    const select = screen.getByRole('combobox', { name: 'Map @Somebody to…' })
    expect(within(select).getByRole('option', { name: 'Leave unassigned' })).toBeInTheDocument()
    await within(select).findByRole('option', { name: 'Riley Hart' })
    await user.selectOptions(select, 'Riley Hart')

    await waitFor(() => expect(within(chase).queryByText('unknown owner')).not.toBeInTheDocument())
    expect(within(chase).getByText('Riley Hart')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Map @Somebody to…' })).toHaveValue('riley-hart')
    expect(select).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Import' }))

    await screen.findByRole('region', { name: 'Imported 1 note' })
    const chased = backend.store.actionItems.find((item) => item.title.startsWith('Chase RMA'))
    expect(chased).toMatchObject({ ownerId: 'riley-hart', ownerLabel: '@Somebody', warnings: [] })
  })

  it('puts a refused mapping back and says why', async () => {
    renderRoute('/import')
    const user = await previewNote(weekly)
    const select = screen.getByRole('combobox', { name: 'Map @Somebody to…' })
    await within(select).findByRole('option', { name: 'Riley Hart' })
    backend.server.use(
      http.post(
        '*/api/notes/preview',
        () =>
          HttpResponse.json(
            { error: { status: 422, message: 'ownerMap: @Somebody maps to no one', issues: [] } },
            { status: 422 },
          ),
        { once: true },
      ),
    )

    await user.selectOptions(select, 'Riley Hart')

    expect(await screen.findByRole('alert')).toHaveTextContent('@Somebody maps to no one')
    expect(select).toHaveValue('')
    expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled()
  })

  it('lists the tasks removed from a note since its last import, kept in the app', async () => {
    const seedLines = seedNote.split('\n')
    const lastTask = seedLines.findLastIndex((line) => line.startsWith('- ['))
    renderRoute('/import')
    await previewNote(seedLines.filter((_, i) => i !== lastTask).join('\n'), seedName)

    const gone = screen.getByRole('region', { name: /^No longer in the note changes/ })
    expect(within(gone).getAllByRole('row')).toHaveLength(2)
    expect(within(gone).getByText('Kept as it is')).toBeInTheDocument()
  })

  it('shows a right-to-left override in the preview as a mark, not obeyed', async () => {
    renderRoute('/import')
    await previewNote('- [ ] Open \u202Egnp.exe @Myself')

    expect(await screen.findByRole('rowheader', { name: /Open ⟦RLO⟧gnp\.exe/ })).toBeVisible()
  })

  it('saves nothing when the preview is cancelled', async () => {
    renderRoute('/import')
    const user = await previewNote(weekly)

    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('heading', { name: 'Preview' })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Note text' })).toHaveValue(weekly)
    expect(backend.store.actionItems).toHaveLength(8)
  })

  it('keeps the pasted text and shows the message when the import fails', async () => {
    backend.server.use(
      http.post('*/api/notes/import', () =>
        HttpResponse.json(
          { error: { status: 500, message: 'The store is read-only.', issues: [] } },
          { status: 500 },
        ),
      ),
    )
    renderRoute('/import')
    const user = await previewNote(weekly)

    await user.click(screen.getByRole('button', { name: 'Import' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Nothing was imported')
    expect(alert).toHaveTextContent('The store is read-only.')
    expect(screen.getByRole('textbox', { name: 'Note text' })).toHaveValue(weekly)
    expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled()
  })

  it('shows why a preview was refused, then a network failure, keeping the text', async () => {
    const refusal = 'Invalid upload: notes.0.text: a note may hold at most 1,000,000 characters'
    backend.server.use(
      http.post(
        '*/api/notes/preview',
        () =>
          HttpResponse.json(
            { error: { status: 400, message: refusal, issues: [] } },
            { status: 400 },
          ),
        { once: true },
      ),
      http.post('*/api/notes/preview', () => HttpResponse.error(), { once: true }),
    )
    renderRoute('/import')
    const user = await pasteNote(weekly)

    await user.click(screen.getByRole('button', { name: 'Preview' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal)

    await user.click(screen.getByRole('button', { name: 'Preview' }))
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Could not reach the server'),
    )
    expect(screen.getByRole('textbox', { name: 'Note text' })).toHaveValue(weekly)
  })

  describe('an item changed both in the app and in the note since the last import', () => {
    // The first task: the note adds a tag (the app did not touch its tags), and changes its
    // status and due date, both of which the app changed too.
    const changedNote = seedNote
      .replace('- [?] Connect with', '- [/] Connect with')
      .replace('2025-11-08', '2025-11-22')
      .replace('#proposed #auto\n', '#proposed #auto #sev1\n')

    function editFirstInApp() {
      const first = backend.store.actionItems[0]!
      const edit = { due: '2025-11-20', status: 'done', statusSymbol: 'x', version: 2 } as const
      backend.store.actionItems[0] = { ...first, ...edit }
    }

    async function openConflict() {
      renderRoute('/import')
      const user = await previewNote(changedNote, seedName)
      const conflicts = screen.getByRole('region', { name: /^Conflict changes/ })
      return { user, conflicts }
    }

    it('asks field by field, keeps the app’s value unless told, takes the rest', async () => {
      editFirstInApp()
      const { user, conflicts } = await openConflict()

      const row = within(conflicts).getByRole('row', { name: /^Connect with Morgan Blake/ })
      expect(within(row).getByText('Tags:').closest('li')).toHaveTextContent(
        'Tags: #task #proposed #auto → becomes #task #proposed #auto #sev1',
      )
      const due = within(row).getByRole('group', {
        name: 'Due: app says 2025-11-20, note now says 2025-11-22',
      })
      const status = within(row).getByRole('group', {
        name: 'Status: app says Done, note now says In progress',
      })
      expect(within(due).getByRole('radio', { name: 'Keep the app’s' })).toBeChecked()
      expect(within(status).getByRole('radio', { name: 'Keep the app’s' })).toBeChecked()

      const dueCell = within(row).getAllByRole('cell')[1]
      expect(dueCell).toHaveTextContent('2025-11-20')

      await user.click(within(due).getByRole('radio', { name: 'Take the note’s' }))
      expect(dueCell).toHaveTextContent('2025-11-22')
      await user.click(screen.getByRole('button', { name: 'Import' }))

      await screen.findByRole('region', { name: 'Imported 1 note' })
      expect(backend.store.actionItems[0]).toMatchObject({
        status: 'done',
        statusSymbol: 'x',
        due: '2025-11-22',
        tags: ['#task', '#proposed', '#auto', '#sev1'],
      })
    })

    it('takes every conflicting field from the note at once', async () => {
      editFirstInApp()
      const { user, conflicts } = await openConflict()

      const all = screen.getByRole('group', { name: 'All conflicts' })
      await user.click(within(all).getByRole('button', { name: 'Take all from the note' }))
      const row = within(conflicts).getByRole('row', { name: /^Connect with Morgan Blake/ })
      for (const radio of within(row).getAllByRole('radio', { name: 'Take the note’s' })) {
        expect(radio).toBeChecked()
      }
      await user.click(screen.getByRole('button', { name: 'Import' }))

      await screen.findByRole('region', { name: 'Imported 1 note' })
      expect(backend.store.actionItems[0]).toMatchObject({
        due: '2025-11-22',
        status: 'in_progress',
      })
    })

    it('shows an edit made only in the app as staying, with no question', async () => {
      const first = backend.store.actionItems[0]!
      backend.store.actionItems[0] = { ...first, priority: 'lowest', version: 2 }
      renderRoute('/import')
      await previewNote(seedNote.replace('2025-11-08', '2025-11-09'), seedName)

      expect(screen.queryByRole('region', { name: /^Conflict changes/ })).not.toBeInTheDocument()
      const updates = screen.getByRole('region', { name: /^Update changes/ })
      const row = within(updates).getByRole('row', { name: /^Connect with Morgan Blake/ })
      expect(row).toHaveTextContent('Due: 2025-11-08 → becomes 2025-11-09')
      expect(row).toHaveTextContent('Priority: Lowest, as edited in the app, stays')
    })
  })

  it('shows a task moved by a line added above it as unchanged but on its new line', async () => {
    const moved = seedNote.replace(
      '\n- [?] Connect with',
      '\nA line added above.\n- [?] Connect with',
    )
    renderRoute('/import')
    const user = await previewNote(moved, seedName)

    expect(screen.getByText(/^8 unchanged \(8 moved\)\./)).toBeInTheDocument()
    const unchanged = screen.getByRole('region', { name: /^Unchanged changes/ })
    const row = within(unchanged).getByRole('row', { name: /^Connect with Morgan Blake/ })
    expect(within(row).getByRole('listitem')).toHaveTextContent(/^Line: 29 → becomes 30$/)
    expect(within(row).queryByText('Nothing')).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /^Update changes/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Import' }))

    await screen.findByRole('region', { name: 'Imported 1 note' })
    expect(backend.store.actionItems[0]).toMatchObject({ version: 1, source: { line: 30 } })
  })

  it('reads uploaded .md files and skips other files', async () => {
    const user = userEvent.setup()
    renderRoute('/import')
    const input = await screen.findByLabelText('Choose .md files')

    await user.upload(input, [
      new File([weekly], 'weekly.md', { type: 'text/markdown' }),
      new File(['x'], 'photo.png', { type: 'image/png' }),
    ])

    const chosen = await screen.findByRole('list', { name: 'Chosen files' })
    expect(within(chosen).getByText('weekly.md')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Preview' }))
    expect(await screen.findByRole('heading', { name: 'Weekly sync' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled())
  })

  it('reads a Latin-1 file as Windows-1252, says so, and imports its accents', async () => {
    const latin = '# Café note\n- [ ] Réunion with Ravi @Riley'
    const bytes = Uint8Array.from(latin, (char) => char.charCodeAt(0))
    const user = userEvent.setup()
    renderRoute('/import')

    await user.upload(await screen.findByLabelText('Choose .md files'), [
      new File([bytes], 'cafe.md', { type: 'text/markdown' }),
    ])
    await screen.findByRole('list', { name: 'Chosen files' })
    await user.click(screen.getByRole('button', { name: 'Preview' }))

    const notes = await screen.findByRole('list', { name: 'Notes read' })
    const warning = 'not UTF-8; read as Windows-1252 (Latin-1) — check accented letters'
    expect(within(notes).getByRole('heading', { name: 'Café note' })).toBeInTheDocument()
    expect(within(notes).getByText('Encoding')).toBeInTheDocument()
    expect(within(notes).getByText(warning)).toBeInTheDocument()
    const created = screen.getByRole('region', { name: /^Create changes/ })
    expect(within(created).getByRole('row', { name: /^Réunion with Ravi/ })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Import' }))
    await screen.findByRole('region', { name: 'Imported 1 note' })
    expect(backend.store.actionItems.at(-1)).toMatchObject({ title: 'Réunion with Ravi' })
  })

  it('skips a file that is not text and keeps the others importable', async () => {
    const noise = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)
    const user = userEvent.setup()
    renderRoute('/import')

    await user.upload(await screen.findByLabelText('Choose .md files'), [
      new File([weekly], 'weekly.md', { type: 'text/markdown' }),
      new File([noise], 'noise.md', { type: 'text/markdown' }),
    ])

    const chosen = await screen.findByRole('list', { name: 'Chosen files' })
    expect(within(chosen).getByText('weekly.md')).toBeInTheDocument()
    expect(within(chosen).queryByText('noise.md')).not.toBeInTheDocument()
    expect(
      screen.getByText('noise.md was skipped: it is not a text file, so no tasks were read.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Preview' }))
    expect(await screen.findByRole('heading', { name: 'Weekly sync' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled())
  })
})
