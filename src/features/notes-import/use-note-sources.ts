import { useCallback, useMemo, useState } from 'react'
import type { UploadedNote } from './api/preview-notes'
import { suggestNoteName } from './suggest-note-name'

const MAX_NOTES = 50
const MAX_CHARS = 1_000_000

export interface ChosenFile {
  name: string
  text: string
  size: number
}

function isMarkdown(file: File) {
  return /\.(md|markdown)$/i.test(file.name)
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
      const read = await Promise.all(
        chosen
          .filter(isMarkdown)
          .map(async (file) => ({ name: file.name, text: await file.text(), size: file.size })),
      )
      setFiles((current) => [
        ...current.filter((file) => !read.some((r) => r.name === file.name)),
        ...read,
      ])
      setFileNotices(skipped.map((file) => `${file.name} was skipped: only .md notes are read.`))
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
    return [...pasted, ...files.map((file) => ({ name: file.name, text: file.text }))]
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
