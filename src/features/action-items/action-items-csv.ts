import Papa from 'papaparse'
import type { ActionItem } from '@/contract'
import { revealBidiControls } from '@/lib/reveal-bidi'
import { dueBucketOf, isClosedStatus, type WeekStart } from '@/domain/action-items/due-bucket'

export interface CsvContext {
  today: string
  weekStart: WeekStart
  ownerName(id: string): string
  accountName(id: string): string
}

const header = [
  'ID',
  'Status',
  'Status symbol',
  'Title',
  'Owner',
  'Accounts',
  'Due',
  'Overdue',
  'Priority',
  'Tags',
  'Source note',
  'Source line',
  'Warnings',
]

const BOM = '\uFEFF'

/** A spreadsheet runs a cell starting with one of these as a formula; a leading ' stops it. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** A spreadsheet obeys bidi controls too: they are shown as marks, as in the app. */
function toCell(text: string): string {
  return neutraliseFormula(revealBidiControls(text))
}

function ownerOf(item: ActionItem, ctx: CsvContext): string {
  if (item.ownerId) return ctx.ownerName(item.ownerId)
  return item.ownerLabel ? `@${item.ownerLabel.replace(/^@/, '')} (unknown)` : ''
}

function rowOf(item: ActionItem, ctx: CsvContext): Array<string | number> {
  const overdue =
    !isClosedStatus(item.status) && dueBucketOf(item.due, ctx.today, ctx.weekStart) === 'overdue'
  return [
    toCell(item.id),
    toCell(item.status),
    toCell(`[${item.statusSymbol}]`),
    toCell(item.title),
    toCell(ownerOf(item, ctx)),
    toCell(item.accountIds.map(ctx.accountName).join('; ')),
    toCell(item.due ?? ''),
    overdue ? 'yes' : 'no',
    toCell(item.priority),
    toCell(item.tags.join(' ')),
    toCell(item.source?.noteTitle ?? ''),
    item.source?.line ?? '',
    toCell(item.warnings.join('; ')),
  ]
}

/** RFC 4180 CSV (CRLF, quoted as needed), UTF-8 with a byte-order mark so Excel reads accents. */
export function buildActionItemsCsv(items: ActionItem[], ctx: CsvContext): string {
  const rows = items.map((item) => rowOf(item, ctx))
  return BOM + Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' })
}
