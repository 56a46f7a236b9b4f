import { PassThrough, Readable } from 'node:stream'
import { setImmediate as nextTurn } from 'node:timers/promises'

import type ExcelJS from 'exceljs'

import type { ExportColumn, ExportRow } from './caseExportTable'
import { csvLine } from './csvLine'

export type SpreadsheetFormat = 'csv' | 'xlsx'

export const SPREADSHEET_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export const isSpreadsheetFormat = (value: unknown): value is SpreadsheetFormat => value === 'csv' || value === 'xlsx'

export type SpreadsheetSource = {
  columns: readonly ExportColumn[]
  /** The rows a page at a time; the next page is asked for only when the client has taken the last one. */
  pages: AsyncIterator<ExportRow[]>
  sheetName: string
  /** Told when the file breaks off half-way (the database failed); the client sees the download fail. */
  onError: (error: unknown) => void
}

/**
 * exceljs is ten megabytes of code that only an export needs: loaded then, not with every page and API route that
 * bundles the Payload config (next.config.mjs keeps it out of those bundles).
 */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default

const cellsOf = (columns: readonly ExportColumn[], row: ExportRow) => columns.map(({ key }) => row[key] ?? null)

/**
 * CSV as UTF-8 with a byte-order mark, without which Excel reads Chinese as mojibake, and CRLF line ends. Each pull
 * of the response reads one page of rows, so a slow client holds the server to one page, not the whole file.
 */
const csvStream = ({ columns, pages, onError }: SpreadsheetSource): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(columns.map((column) => column.header))}`))
    },
    async pull(controller) {
      try {
        const page = await pages.next()
        if (page.done) return controller.close()
        controller.enqueue(encoder.encode(page.value.map((row) => csvLine(cellsOf(columns, row))).join('')))
      } catch (error) {
        onError(error)
        controller.error(error)
      }
    },
    async cancel() {
      await pages.return?.()
    },
  })
}

/**
 * Until the client has taken what is already written (or gone away), no further page is read. exceljs hands its
 * output to the zip without waiting, so the zip is first given a turn of the event loop to pass the last page on:
 * only then does a full output buffer show.
 */
const drained = async (out: PassThrough): Promise<void> => {
  await nextTurn()
  if (!out.writableNeedDrain || out.destroyed) return
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done).off('close', done)
      resolve()
    }
    out.once('drain', done).once('close', done)
  })
}

// exceljs looks each cell's style up by object identity and otherwise serialises it to find its twin: data cells
// share this one, which spares that work for every cell.
const PLAIN: Partial<ExcelJS.Style> = {}

/**
 * XLSX through exceljs's streaming writer: rows are committed a page at a time and zipped out as they come, strings
 * written inline (a shared-strings table would hold every distinct text until the end). One sheet: a bold header
 * row that stays in view while scrolling, numbers stored as numbers.
 */
const xlsxStream = ({ columns, pages, sheetName, onError }: SpreadsheetSource): ReadableStream<Uint8Array> => {
  const out = new PassThrough()
  const write = async () => {
    const Excel = await loadExcel()
    const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = columns.map(({ key, header, width }) => ({ key, header, width }))
    sheet.getRow(1).font = { bold: true }
    sheet.getRow(1).commit()
    for (;;) {
      await drained(out)
      if (out.destroyed) return void (await pages.return?.())
      const page = await pages.next()
      if (page.done) break
      for (const values of page.value) {
        const row = sheet.addRow(values)
        row.eachCell((cell) => (cell.style = PLAIN))
        row.commit()
      }
    }
    sheet.commit()
    await workbook.commit()
  }
  write().catch((error) => {
    onError(error)
    out.destroy(error instanceof Error ? error : new Error(String(error)))
  })
  return Readable.toWeb(out) as ReadableStream<Uint8Array>
}

/** The rows as a file, streamed as they are read. */
export const streamSpreadsheet = (format: SpreadsheetFormat, source: SpreadsheetSource): ReadableStream<Uint8Array> =>
  format === 'xlsx' ? xlsxStream(source) : csvStream(source)
