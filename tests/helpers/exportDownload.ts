import { Readable } from 'node:stream'

import { REST_GET } from '@payloadcms/next/routes'
import ExcelJS from 'exceljs'

import type { TestApp } from './startPayload'

export type Download = { status: number; headers: Headers; body: Buffer }

/** An export is a file, so it is read as bytes through the same route handler the app serves. */
export const download = async (app: TestApp, path: string, token?: string): Promise<Download> => {
  const url = new URL(`http://localhost/api${path}`)
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const response = await REST_GET(app.config)(new Request(url, { headers }), {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}

/** The sheet as header → cell value records, as someone reading it in Excel would see them. */
export const xlsxRows = async (body: Buffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(body).buffer)
  const sheet = workbook.worksheets[0]
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1) as string[]
  const rows: Record<string, ExcelJS.CellValue>[] = []
  sheet.eachRow((row, number) => {
    if (number === 1) return
    rows.push(Object.fromEntries(header.map((name, index) => [name, row.getCell(index + 1).value ?? null])))
  })
  return { sheet, header, rows }
}

/** A CSV file's lines as cells, kept as the text in the file, not guessed into numbers or dates. */
export const csvRows = async (body: Buffer) => {
  const workbook = new ExcelJS.Workbook()
  const sheet = await workbook.csv.read(Readable.from(body.subarray(3)), { map: (value: string) => value } as never)
  return (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1).map(String))
}
