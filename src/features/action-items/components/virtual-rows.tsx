import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual'
import { memo, useLayoutEffect, useRef, type ComponentProps, type ReactNode } from 'react'
import type { ActionItem } from '@/contract'
import { ItemRow } from './item-row'

type RowProps = Omit<ComponentProps<typeof ItemRow>, 'item' | 'selected'>

interface VirtualRowsProps extends RowProps {
  items: ActionItem[]
  selected: Set<string>
  columnCount: number
  scrollElement: HTMLElement | null
}

// A row with one line of title and the due field's marker; taller rows are measured.
const ESTIMATED_ROW_PX = 64
// Ten rows either side: Tab reaches the next row before it scrolls in, and a short page
// (the meeting note's eight items) renders whole even where nothing can be measured.
const OVERSCAN = 10

/** The visible rows, plus the row holding focus, so scrolling it away keeps the focus. */
function rowsToRender(range: Range, focused: number | null): number[] {
  const indexes = defaultRangeExtractor(range)
  if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes
  return [...indexes, focused].sort((a, b) => a - b)
}

/**
 * A container with no size yet (not laid out, or a DOM without layout such as the tests')
 * counts as one screen tall, so rows render instead of none.
 */
function observeRectOrScreen(
  instance: Virtualizer<HTMLElement, Element>,
  onRect: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    onRect(rect.height > 0 ? rect : { width: rect.width, height: globalThis.innerHeight || 800 }),
  )
}

function Spacer({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true" data-spacer="">
      <td colSpan={columnCount} style={{ height, padding: 0 }} />
    </tr>
  )
}

/**
 * The table body, virtualised: only the rows in view (and a few either side) are in the page,
 * between spacer rows as tall as the rows left out, so the table keeps its native layout and
 * semantics. Each row says where it sits in the whole page of items with aria-rowindex.
 */
export const VirtualRows = memo(function VirtualRows({
  items,
  selected,
  columnCount,
  scrollElement,
  ...rowProps
}: VirtualRowsProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const focused = useRef<number | null>(null)
  // The app does not use React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollElement,
    observeElementRect: observeRectOrScreen,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    getItemKey: (index) => items[index]?.id ?? index,
    rangeExtractor: (range) => rowsToRender(range, focused.current),
  })
  const rows = virtualizer.getVirtualItems()

  // ItemRow renders its own <tr> and takes no ref, so the rows are found in the DOM after each
  // render, in the order rendered, and told their index to be measured (titles wrap). Every
  // attribute is written before anything is measured: a write between two reads would make
  // the browser lay the page out again for each row. Only rows new to the page are measured
  // here; the virtualizer watches those it has measured with a ResizeObserver, so a render
  // that adds no row (a filter change before its answer, a selection) lays nothing out.
  const measured = useRef(new WeakSet<Element>())
  useLayoutEffect(() => {
    const trs = bodyRef.current?.querySelectorAll<HTMLElement>(':scope > tr:not([data-spacer])')
    if (!trs) return
    trs.forEach((tr, i) => {
      const index = rows[i]?.index
      if (index === undefined || tr.dataset.index === String(index)) return
      tr.dataset.index = String(index)
      tr.setAttribute('aria-rowindex', String(index + 2))
    })
    trs.forEach((tr) => {
      if (measured.current.has(tr)) return
      measured.current.add(tr)
      virtualizer.measureElement(tr)
    })
  })

  const body: ReactNode[] = []
  let cursor = 0
  for (const row of rows) {
    if (row.start > cursor) {
      body.push(
        <Spacer key={`gap-${body.length}`} height={row.start - cursor} {...{ columnCount }} />,
      )
    }
    const item = items[row.index]
    if (item) {
      body.push(
        <ItemRow key={item.id} item={item} selected={selected.has(item.id)} {...rowProps} />,
      )
    }
    cursor = row.end
  }
  const total = virtualizer.getTotalSize()
  if (total > cursor)
    body.push(<Spacer key="gap-end" height={total - cursor} {...{ columnCount }} />)

  return (
    <tbody
      ref={bodyRef}
      onFocus={(event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]')
        focused.current = row ? Number(row.dataset.index) : null
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null))
          focused.current = null
      }}
    >
      {body}
    </tbody>
  )
})
