import { useId } from 'react'
import { countPages } from '../use-page-in-range'

interface PagerProps {
  page: number
  pageSize: number
  total: number
  onPage(page: number): void
  onPageSize(pageSize: number): void
}

// Up to the API's maximum; the table renders only the rows in view, so 500 stays smooth.
const pageSizes = [25, 50, 100, 200, 500]

export function Pager({ page, pageSize, total, onPage, onPageSize }: PagerProps) {
  const sizeId = useId()
  const pages = countPages(total, pageSize)
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1
  const last = Math.min(total, page * pageSize)

  return (
    <nav
      aria-label="Pages"
      className={
        'flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600 ' +
        'dark:text-slate-400'
      }
    >
      <p aria-live="polite">
        {first.toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={sizeId}>Rows per page</label>
        <select
          id={sizeId}
          className="field"
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
        >
          {[...new Set([...pageSizes, pageSize])]
            .sort((a, b) => a - b)
            .map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
        </select>
        <div className="flex items-center gap-2">
          <button
            type="button"
            className="btn"
            disabled={page <= 1}
            onClick={() => onPage(page - 1)}
          >
            Previous
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button
            type="button"
            className="btn"
            disabled={page >= pages}
            onClick={() => onPage(page + 1)}
          >
            Next
          </button>
        </div>
      </div>
    </nav>
  )
}
