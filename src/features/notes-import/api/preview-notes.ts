import { useMutation } from '@tanstack/react-query'
import { importPreviewSchema, type NoteUpload } from '@/contract'
import { apiRequest } from '@/lib/api-client'

export type UploadedNote = NoteUpload['notes'][number]
export type OwnerMap = Record<string, string>

/** Reads the notes on the server and answers what importing them would do; saves nothing. */
export function previewNotes({ notes, ownerMap }: { notes: UploadedNote[]; ownerMap: OwnerMap }) {
  return apiRequest('/notes/preview', importPreviewSchema, {
    method: 'POST',
    body: JSON.stringify({ notes, ownerMap } satisfies NoteUpload),
  })
}

export function usePreviewNotes() {
  return useMutation({ mutationFn: previewNotes })
}
