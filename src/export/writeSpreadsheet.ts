import type ExcelJS from 'exceljs'

import type { ExportTable } from './caseExportTable'

export type SpreadsheetFormat = 'csv' | 'xlsx'

export const SPREADSHEET_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export const isSpreadsheetFormat = (value: unknown): value is SpreadsheetFormat => value === 'csv' || value === 'xlsx'

/**
 * exceljs is ten megabytes of code that only an export needs: loaded then, not with every page and API route that
 * bundles the Payload config (next.config.mjs keeps it out of those bundles).
 */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default

/** One sheet: a bold header row that stays in view while scrolling, numbers stored as numbers. */
const workbookOf = (Excel: typeof ExcelJS, { columns, rows }: ExportTable, sheetName: string): ExcelJS.Workbook => {
  const workbook = new Excel.Workbook()
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map(({ key, header, width }) => ({ key, header, width }))
  sheet.getRow(1).font = { bold: true }
  sheet.addRows(rows)
  return workbook
}

// A CSV line stops at its last filled cell unless empty ones are written out, and every line should be as long.
const withEmptyCells = ({ columns, rows }: ExportTable): ExportTable => ({
  columns,
  rows: rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value ?? '']))),
})

/**
 * The table as a file. CSV is UTF-8 with a byte-order mark, without which Excel reads Chinese as mojibake, and CRLF
 * line ends as RFC 4180 has them.
 */
export const writeSpreadsheet = async (
  table: ExportTable,
  format: SpreadsheetFormat,
  sheetName = '案例',
): Promise<Uint8Array<ArrayBuffer>> => {
  const Excel = await loadExcel()
  const written =
    format === 'xlsx'
      ? await workbookOf(Excel, table, sheetName).xlsx.writeBuffer()
      : await workbookOf(Excel, withEmptyCells(table), sheetName).csv.writeBuffer({
          formatterOptions: { writeBOM: true, rowDelimiter: '\r\n', includeEndRowDelimiter: true },
        })
  return new Uint8Array(written)
}
