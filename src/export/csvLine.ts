import type { Cell } from './caseExportTable'

// A field holding a comma, a quote or a line break is quoted, its quotes doubled (RFC 4180); others are written bare.
const NEEDS_QUOTES = /[",\r\n]/

const field = (cell: Cell): string => {
  const text = cell == null ? '' : String(cell)
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One CSV line, CRLF-terminated as RFC 4180 has it; an empty cell is written out, so every line is as long. */
export const csvLine = (cells: readonly Cell[]): string => `${cells.map(field).join(',')}\r\n`
