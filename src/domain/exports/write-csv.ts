import Papa from 'papaparse'

const BOM = '\uFEFF'
// papaparse's own pattern (`/^[=+\-@\t\r].*$/`) misses a formula followed by a line break.
const FORMULA_START = /^[=+\-@\t\r]/

export type CsvCell = string | number

/** RFC 4180 with a BOM for Excel; text cells a spreadsheet would run get a leading `'`. */
export function writeCsv(columns: readonly string[], rows: CsvCell[][]): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  )
  return `${BOM}${body}\r\n`
}
