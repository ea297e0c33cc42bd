import { useMutation, useQueryClient } from '@tanstack/react-query'
import { importResultSchema, type NoteUpload } from '@/contract'
import { apiRequest } from '@/lib/api-client'

/** Saves the notes' items; a conflict keeps the app's value unless `choices` says otherwise. */
export function importNotes(upload: NoteUpload) {
  return apiRequest('/notes/import', importResultSchema, {
    method: 'POST',
    body: JSON.stringify(upload),
  })
}

export function useImportNotes() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: importNotes,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['action-items'] })
      void client.invalidateQueries({ queryKey: ['accounts'] })
    },
  })
}
