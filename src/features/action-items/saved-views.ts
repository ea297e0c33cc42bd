import { useCallback, useEffect, useState } from 'react'
import { z } from 'zod'

export const SAVED_VIEWS_KEY = 'opmodel:saved-views'

const savedViewSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(80),
  /** The view's query string, without the leading `?` and without a page. */
  search: z.string(),
})
export type SavedView = z.infer<typeof savedViewSchema>

type Stored = { views: SavedView[]; corrupt: boolean }

/** Another version of the app, or a hand edit, may have left anything here: check it. */
export function readSavedViews(): Stored {
  let raw: string | null
  try {
    raw = localStorage.getItem(SAVED_VIEWS_KEY)
  } catch {
    return { views: [], corrupt: false }
  }
  if (raw === null) return { views: [], corrupt: false }
  try {
    const parsed = z.array(savedViewSchema).safeParse(JSON.parse(raw))
    return parsed.success ? { views: parsed.data, corrupt: false } : { views: [], corrupt: true }
  } catch {
    return { views: [], corrupt: true }
  }
}

function writeSavedViews(views: SavedView[]): boolean {
  try {
    localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify(views))
    return true
  } catch {
    return false
  }
}

/** The saved view with this name, ignoring case and outer spaces, if there is one. */
export function findByName(views: SavedView[], name: string): SavedView | undefined {
  const wanted = name.trim().toLocaleLowerCase()
  return views.find((view) => view.name.toLocaleLowerCase() === wanted)
}

function newId() {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

/** Named filter sets kept in this browser, shared live with its other tabs. */
export function useSavedViews() {
  const [stored, setStored] = useState(readSavedViews)
  const [writeFailed, setWriteFailed] = useState(false)

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === SAVED_VIEWS_KEY || event.key === null) setStored(readSavedViews())
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])

  const commit = useCallback((views: SavedView[]) => {
    setWriteFailed(!writeSavedViews(views))
    setStored({ views, corrupt: false })
  }, [])

  const save = useCallback(
    (name: string, search: string) => {
      commit([...stored.views, { id: newId(), name: name.trim(), search }])
    },
    [stored.views, commit],
  )

  /** Points an existing view at another search, keeping its place in the list. */
  const replace = useCallback(
    (id: string, name: string, search: string) => {
      commit(
        stored.views.map((view) =>
          view.id === id ? { ...view, name: name.trim(), search } : view,
        ),
      )
    },
    [stored.views, commit],
  )

  const remove = useCallback(
    (id: string) => commit(stored.views.filter((view) => view.id !== id)),
    [stored.views, commit],
  )

  /** Puts a deleted view back where it was, for Undo. */
  const restore = useCallback(
    (view: SavedView, index: number) => {
      const views = stored.views.filter((other) => other.id !== view.id)
      commit([...views.slice(0, index), view, ...views.slice(index)])
    },
    [stored.views, commit],
  )

  return {
    views: stored.views,
    corrupt: stored.corrupt,
    writeFailed,
    save,
    replace,
    remove,
    restore,
    dismissNotice: () => {
      setStored((current) => ({ ...current, corrupt: false }))
      setWriteFailed(false)
    },
  }
}
