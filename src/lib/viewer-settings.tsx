import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'

export type WeekStart = 'mon' | 'sun'

export interface ViewerSettings {
  timeZone: string
  weekStart: WeekStart
  setTimeZone(zone: string): void
  setWeekStart(start: WeekStart): void
}

const STORAGE_KEY = 'opmodel:viewer'
const ViewerContext = createContext<ViewerSettings | null>(null)

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

function readSaved(): { timeZone?: string; weekStart?: WeekStart } {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')
    if (!saved || typeof saved !== 'object') return {}
    const { timeZone, weekStart } = saved as Record<string, unknown>
    return {
      timeZone: typeof timeZone === 'string' && isKnownTimeZone(timeZone) ? timeZone : undefined,
      weekStart: weekStart === 'sun' || weekStart === 'mon' ? weekStart : undefined,
    }
  } catch {
    return {}
  }
}

export function ViewerSettingsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => {
    const saved = readSaved()
    return { timeZone: saved.timeZone ?? browserTimeZone(), weekStart: saved.weekStart ?? 'mon' }
  })

  const value = useMemo<ViewerSettings>(() => {
    const update = (next: typeof state) => {
      setState(next)
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next))
      } catch {
        // Private mode or a full quota: the setting still applies to this visit.
      }
    }
    return {
      ...state,
      setTimeZone: (timeZone) => update({ ...state, timeZone }),
      setWeekStart: (weekStart) => update({ ...state, weekStart }),
    }
  }, [state])

  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>
}

export function useViewerSettings(): ViewerSettings {
  const value = useContext(ViewerContext)
  if (!value) throw new Error('useViewerSettings must be used inside ViewerSettingsProvider')
  return value
}
