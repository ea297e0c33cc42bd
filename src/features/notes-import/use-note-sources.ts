import { useCallback, useMemo, useState } from 'react'
import type { NoteEncoding } from '@/contract'
import { decodeNoteBytes } from '@/domain/notes/decode-note-bytes'
import type { UploadedNote } from './api/preview-notes'
import { suggestNoteName } from './suggest-note-name'

const MAX_NOTES = 50
const MAX_CHARS = 1_000_000

export interface ChosenFile {
  name: string
  text: string
  size: number
  encoding: NoteEncoding
}

function isMarkdown(file: File) {
  return /\.(md|markdown)$/i.test(file.name)
}

/** `file.text()` would turn bytes that are not UTF-8 into U+FFFD without a word. */
async function readNoteFile(file: File): Promise<ChosenFile | null> {
  const decoded = decodeNoteBytes(new Uint8Array(await file.arrayBuffer()))
  if (decoded.kind === 'binary') return null
  return { name: file.name, text: decoded.text, size: file.size, encoding: decoded.encoding }
}

/** What the user pasted and the files they chose, checked against the server's limits. */
export function useNoteSources() {
  // Empty until the user types a name; the note then takes the suggested one.
  const [pasteName, setPasteName] = useState('')
  const [pasteText, setPasteText] = useState('')
  const [files, setFiles] = useState<ChosenFile[]>([])
  const [fileNotices, setFileNotices] = useState<string[]>([])
  const [reading, setReading] = useState(false)

  const suggestedName = useMemo(() => suggestNoteName(pasteText), [pasteText])

  const addFiles = useCallback(async (list: Iterable<File>) => {
    const chosen = [...list]
    const skipped = chosen.filter((file) => !isMarkdown(file))
    setReading(true)
    try {
      const markdown = chosen.filter(isMarkdown)
      const results = await Promise.all(markdown.map(readNoteFile))
      const read = results.filter((file) => file !== null)
      const binary = markdown.filter((_, index) => results[index] === null)
      setFiles((current) => [
        ...current.filter((file) => !read.some((r) => r.name === file.name)),
        ...read,
      ])
      setFileNotices([
        ...skipped.map((file) => `${file.name} was skipped: only .md notes are read.`),
        ...binary.map(
          (file) => `${file.name} was skipped: it is not a text file, so no tasks were read.`,
        ),
      ])
    } catch {
      setFileNotices(['A file could not be read. Choose it again, or paste its text.'])
    } finally {
      setReading(false)
    }
  }, [])

  const removeFile = useCallback((name: string) => {
    setFiles((current) => current.filter((file) => file.name !== name))
  }, [])

  const clear = useCallback(() => {
    setPasteText('')
    setPasteName('')
    setFiles([])
    setFileNotices([])
  }, [])

  const notes = useMemo<UploadedNote[]>(() => {
    const name = pasteName.trim() || suggestedName
    const pasted = pasteText.trim() ? [{ name, text: pasteText }] : []
    const chosen = files.map(({ name, text, encoding }) => ({ name, text, encoding }))
    return [...pasted, ...chosen]
  }, [pasteName, pasteText, suggestedName, files])

  const problems = useMemo(() => checkNotes(notes), [notes])

  return {
    pasteName,
    suggestedName,
    pasteText,
    files,
    fileNotices,
    reading,
    notes,
    problems,
    setPasteName,
    setPasteText,
    addFiles,
    removeFile,
    clear,
  }
}

/** The server's own limits, said before a request is sent, so the user can fix them. */
function checkNotes(notes: UploadedNote[]): string[] {
  const problems: string[] = []
  if (notes.length > MAX_NOTES) {
    problems.push(`Import at most ${MAX_NOTES} notes at once; ${notes.length} are chosen.`)
  }
  for (const note of notes) {
    if (note.text.length > MAX_CHARS) {
      problems.push(`${note.name} is longer than 1,000,000 characters; split it in two.`)
    }
  }
  const names = notes.map((note) => note.name)
  const repeated = names.find((name, index) => name && names.indexOf(name) !== index)
  if (repeated) problems.push(`Two notes are named ${repeated}; rename the pasted one.`)
  return problems
}

export function sameNotes(a: UploadedNote[], b: UploadedNote[]): boolean {
  return (
    a.length === b.length &&
    a.every((note, i) => note.name === b[i]?.name && note.text === b[i]?.text)
  )
}
