import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import {
  caseExportRows,
  exportColumns,
  type ExportCase,
  type ExportInput,
  type ExportRow,
} from '@/export/caseExportTable'
import { attachmentHeader } from '@/export/contentDisposition'
import { csvLine } from '@/export/csvLine'
import { inertText } from '@/export/spreadsheetSafe'
import { streamSpreadsheet, type SpreadsheetFormat } from '@/export/streamSpreadsheet'
import { blendedRanking, expertMean, type Scores } from '@/workflow/scoring'

const scores = (typicality: number, innovation: number, effectiveness: number, replicability: number): Scores => ({
  typicality,
  innovation,
  effectiveness,
  replicability,
})

const forest: ExportCase = {
  id: 1,
  title: '森林生态银行',
  type: '创新模式',
  region: '顺昌县',
  organization: '顺昌县人民政府',
  channel: 'recommended',
  recommender: '南平市林业局',
  status: 'shortlisted',
  // 16:30 UTC is half past midnight the next day in Beijing.
  submittedAt: '2026-03-31T16:30:00.000Z',
  votes: 30,
  contactPerson: '林一',
  phone: '0599-7822222',
  email: 'lin@example.cn',
}

const tea: ExportCase = { id: 2, title: '茶旅融合', status: 'excellent', votes: 10, channel: 'self' }
const draft: ExportCase = { id: 3, title: '未提交的草稿', status: 'draft', votes: 0 }

const input = (overrides: Partial<ExportInput> = {}): ExportInput => ({
  viewer: { roles: ['editor'] },
  cases: [forest, tea, draft],
  reviewsByCase: new Map([
    ['1', [scores(8, 7, 9, 6), scores(9, 9, 8, 8)]],
    ['2', [scores(6, 6, 6, 6)]],
  ]),
  finalistVotes: 40,
  weights: { expertWeight: 70, voteWeight: 30 },
  ...overrides,
})

const headers = (viewer: ExportInput['viewer']) => exportColumns(viewer).map((column) => column.header)

const rows = (overrides: Partial<ExportInput> = {}) => caseExportRows(input(overrides))

describe('case export columns', () => {
  it('gives editors and admins the contact details, reviewers not', () => {
    const base = [
      '编号',
      '案例名称',
      '案例类型',
      '地区',
      '申报单位',
      '报送渠道',
      '推荐单位',
      '状态',
      '提交时间',
      '评审数',
      '典型性',
      '创新性',
      '实效性',
      '可推广性',
      '专家平均分',
      '网络投票数',
      '综合得分',
    ]
    expect(headers({ roles: ['editor'] })).toEqual([...base, '联系人', '联系电话', '电子邮箱'])
    expect(headers({ roles: ['admin'] })).toEqual([...base, '联系人', '联系电话', '电子邮箱'])
    expect(headers({ roles: ['reviewer'] })).toEqual(base)
    const reviewerRow = rows({ viewer: { roles: ['reviewer'] } })[0]
    expect(Object.values(reviewerRow)).not.toContain('0599-7822222')
    expect(Object.keys(reviewerRow)).not.toContain('email')
  })

  it('writes statuses, channels and times as a Chinese reader expects them', () => {
    const [first, second, third] = rows()
    expect(first).toMatchObject({
      id: 1,
      title: '森林生态银行',
      region: '顺昌县',
      channel: '单位推荐',
      recommender: '南平市林业局',
      status: '入围',
      submittedAt: '2026-04-01 00:30',
      contactPerson: '林一',
      phone: '0599-7822222',
    })
    expect(second).toMatchObject({ status: '优秀案例', channel: '自荐', submittedAt: null })
    expect(third.status).toBe('草稿')
  })

  it('shows each criterion’s mean, the expert mean and votes as numbers', () => {
    const [first, , third] = rows()
    expect(first).toMatchObject({
      reviews: 2,
      typicality: 8.5,
      innovation: 8,
      effectiveness: 8.5,
      replicability: 7,
      expertMean: 8,
      votes: 30,
    })
    expect(third).toMatchObject({ reviews: 0, typicality: null, expertMean: null, votes: 0, score: null })
  })

  it('uses the ranking’s blended score, over every finalist', () => {
    const ranked = blendedRanking(
      [
        { id: 1, votes: 30, expertMean: expertMean([scores(8, 7, 9, 6), scores(9, 9, 8, 8)]) },
        { id: 2, votes: 10, expertMean: expertMean([scores(6, 6, 6, 6)]) },
      ],
      { expertWeight: 70, voteWeight: 30 },
    )
    const [first, second] = rows()
    expect(first.score).toBe(ranked.find((entry) => entry.id === 1)?.score)
    expect(second.score).toBe(ranked.find((entry) => entry.id === 2)?.score)
    // 8/10 × 70 + 30/40 × 30
    expect(first.score).toBe(78.5)
  })

  it('counts votes of finalists the viewer does not see in the vote share, and gives no score it cannot see', () => {
    const [seen, blind] = rows({
      viewer: { roles: ['reviewer'] },
      cases: [forest, tea],
      reviewsByCase: new Map([['1', [scores(8, 8, 8, 8)]]]),
      // 30 and 10 of these are the two cases shown
      finalistVotes: 100,
    })
    // 8/10 × 70 + 30/100 × 30
    expect(seen.score).toBe(65)
    expect(blind).toMatchObject({ reviews: 0, expertMean: null, score: null, votes: 10 })
  })
})

describe('formula injection', () => {
  it('makes text that a spreadsheet would run as a formula inert', () => {
    for (const hostile of ['=HYPERLINK("http://evil","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '  =1']) {
      expect(inertText(hostile)).toBe(`'${hostile}`)
    }
    for (const plain of ['森林生态银行', 'a=b', '2026-04-01 00:30', '']) expect(inertText(plain)).toBe(plain)
  })

  it('applies to every text cell, not to numbers', () => {
    const hostile = { ...forest, title: '=HYPERLINK("http://evil","点我")', recommender: '@cmd', phone: '+86 591' }
    const [row] = rows({ cases: [hostile] })
    expect(row).toMatchObject({
      title: `'=HYPERLINK("http://evil","点我")`,
      recommender: "'@cmd",
      phone: "'+86 591",
      votes: 30,
    })
  })
})

/** The file a download of these pages of rows gives, as bytes. */
const fileOf = async (format: SpreadsheetFormat, pages: ExportRow[][]) => {
  const stream = streamSpreadsheet(format, {
    columns: exportColumns({ roles: ['editor'] }),
    pages: (async function* () {
      yield* pages
    })(),
    sheetName: '案例',
    onError: (error) => {
      throw error
    },
  })
  return Buffer.from(await new Response(stream).arrayBuffer())
}

/** Rows of a made-up campaign too large to hold: each page is made only when the writer asks for it. */
const endlessCampaign = (pages: number) => {
  const made = { pages: 0, finished: false }
  const source = (async function* () {
    try {
      for (let page = 0; page < pages; page++) {
        made.pages++
        const cases = Array.from({ length: 500 }, (_, i) => ({ ...forest, id: page * 500 + i, title: `案例${i}` }))
        yield caseExportRows(input({ cases }))
      }
    } finally {
      made.finished = true
    }
  })()
  return { made, source }
}

/** The value once it has stayed the same for 300 ms (at most 5 s of waiting). */
const settledCount = async (read: () => number): Promise<number> => {
  let last = read()
  for (let waited = 0, stable = 0; stable < 300 && waited < 5_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    stable = read() === last ? stable + 50 : 0
    last = read()
  }
  return last
}

describe('spreadsheet files', () => {
  it('writes CSV as UTF-8 with a BOM, CRLF line ends and every line as long as the header', async () => {
    const csv = (await fileOf('csv', [rows().slice(0, 2), rows().slice(2)])).toString('utf8')
    expect(csv.startsWith('\uFEFF编号,案例名称,')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines.at(-1)).toBe('')
    expect(lines.slice(0, -1)).toHaveLength(4)
    expect(lines.slice(0, -1).every((line) => line.split(',').length === 20)).toBe(true)
    expect(lines[1]).toContain(',入围,2026-04-01 00:30,2,8.5,8,8.5,7,8,30,78.5,林一,')
  })

  it('quotes CSV fields holding commas, quotes or line breaks, and only those', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 'plain', 7.5, null])).toBe(
      '"a,b","say ""hi""","two\nlines",plain,7.5,\r\n',
    )
  })

  it('writes XLSX with a bold, frozen header and numbers stored as numbers', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(await fileOf('xlsx', [rows().slice(0, 1), rows().slice(1)])).buffer)
    const sheet = workbook.worksheets[0]
    expect(sheet.name).toBe('案例')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true)
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy()
    expect(sheet.getRow(1).getCell(2).value).toBe('案例名称')
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width ?? 0)
    expect(sheet.getRow(2).getCell(17).value).toBe(78.5)
    expect(sheet.getRow(2).getCell(8).value).toBe('入围')
    expect(sheet.rowCount).toBe(4)
  })

  for (const format of ['csv', 'xlsx'] as const) {
    it(`sends ${format} while later pages are unread, and stops reading them when the client goes`, async () => {
      const { made, source } = endlessCampaign(200)
      const stream = streamSpreadsheet(format, {
        columns: exportColumns({ roles: ['editor'] }),
        pages: source,
        sheetName: '案例',
        onError: (error) => {
          throw error
        },
      })
      const reader = stream.getReader()
      const first = await reader.read()
      expect(first.value?.byteLength).toBeGreaterThan(0)
      // A client that stops reading holds the writer to a few pages ahead of what it has taken: the count settles
      // (how soon depends on the zip's buffers and the machine's load) far below the 200 pages there are
      const settled = await settledCount(() => made.pages)
      expect(settled).toBeLessThan(20)
      await reader.cancel()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(made.finished).toBe(true)
      expect(made.pages).toBe(settled)
    })
  }
})

describe('download file name', () => {
  it('carries the Chinese name as RFC 5987 filename* beside an ASCII fallback', () => {
    const header = attachmentHeader('福建足迹(2026)-案例.xlsx', 'campaign-7-cases.xlsx')
    expect(header).toBe(
      `attachment; filename="campaign-7-cases.xlsx"; filename*=UTF-8''${encodeURIComponent('福建足迹')}%282026%29-${encodeURIComponent('案例')}.xlsx`,
    )
  })

  it('drops characters no file name may hold, and header-breaking ones', () => {
    const header = attachmentHeader('a/b\\c:"d"\r\nSet-Cookie: x.csv', 'x";y.csv')
    expect(header).not.toMatch(/[\r\n]/)
    expect(header).toContain('filename="x-y.csv"')
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('a b c d Set-Cookie  x.csv')
  })
})
