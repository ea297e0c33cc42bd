import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { ActionItem, ActionItemPatch } from '@/contract'
import { describeRefusal } from './describe-refusal'
import { useBulkUpdateActionItems } from '../api/bulk-update-action-items'
import { describeChange } from './use-item-edits'

export type BulkOutcome = { ok: boolean; text: string }

/**
 * The rows selected on the current page, and the bulk change sent for them. A selection
 * belongs to one page of one view: changing filters or page starts a new one.
 */
export function useBulkEdit(scope: string, items: ActionItem[], ownerName: (id: string) => string) {
  const [selection, setSelection] = useState<{ scope: string; ids: string[] }>({ scope, ids: [] })
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null)
  const mutation = useBulkUpdateActionItems()

  const selected = useMemo(() => {
    if (selection.scope !== scope) return new Set<string>()
    return new Set(selection.ids.filter((id) => items.some((item) => item.id === id)))
  }, [selection, scope, items])

  const setIds = useCallback((ids: string[]) => setSelection({ scope, ids }), [scope])

  // The same function for the life of the page, so that a filter change, which starts a new
  // selection, does not make every row render again: it reads the selection when called.
  const latest = useRef({ scope, selected })
  useLayoutEffect(() => {
    latest.current = { scope, selected }
  }, [scope, selected])
  const toggle = useCallback((id: string, checked: boolean) => {
    const { scope: current, selected: chosen } = latest.current
    const others = [...chosen].filter((s) => s !== id)
    setSelection({ scope: current, ids: checked ? [...others, id] : others })
  }, [])

  const toggleAll = useCallback(
    (checked: boolean) => setIds(checked ? items.map((item) => item.id) : []),
    [items, setIds],
  )

  const apply = useCallback(
    (patch: ActionItemPatch) => {
      const ids = [...selected]
      if (ids.length === 0) return
      const change = describeChange(patch, ownerName)
      const what = `${ids.length} item${ids.length === 1 ? '' : 's'}`
      setOutcome(null)
      mutation.mutate(
        { ids, patch },
        {
          onSuccess: () => setOutcome({ ok: true, text: `Changed ${what}: ${change}.` }),
          onError: (error) => {
            const why = describeRefusal(error, { due: patch.due })
            setOutcome({
              ok: false,
              text: `Your change — ${change} — to ${what} was not saved: ${why}`,
            })
          },
        },
      )
    },
    [selected, ownerName, mutation],
  )

  return {
    selected,
    toggle,
    toggleAll,
    clear: () => setIds([]),
    apply,
    pending: mutation.isPending,
    outcome,
    dismissOutcome: () => setOutcome(null),
  }
}
