import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { download, xlsxRows } from '../helpers/exportDownload'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let cast: Cast
let tokens: Record<string, string>

beforeAll(async () => {
  ;({ app, cast, tokens } = await startWithCast())
})
afterAll(() => app?.close())

describe('a campaign of over a thousand cases', () => {
  const COUNT = 1234
  let bigId: number | string
  let caseIds: (number | string)[]
  let assigned: (number | string)[]

  beforeAll(async () => {
    bigId = (await app.payload.create({ collection: 'campaigns', data: { name: '大型征集', year: 2026 } })).id
    // Written straight through the database adapter in one transaction: thousands of cases through the API would
    // take minutes, and the export reads only what is stored.
    const transactionID = (await app.payload.db.beginTransaction()) ?? undefined
    // A second apart, as real submissions come in: ids need not follow creation (UUIDs do not)
    const start = Date.UTC(2026, 5, 1)
    caseIds = []
    assigned = []
    for (let i = 0; i < COUNT; i++) {
      const reviewed = i % 3 === 0
      const doc = await app.payload.db.create({
        collection: 'case-submissions',
        data: {
          campaign: bigId,
          title: `第${i}号案例`,
          type: '创新模式',
          status: i % 10 === 0 ? 'draft' : 'submitted',
          assignedReviewers: reviewed ? [cast.users.reviewer.id] : [],
          votes: i,
          createdAt: new Date(start + i * 1000).toISOString(),
        },
        req: { transactionID },
      })
      caseIds.push(doc.id)
      if (reviewed && i % 10 !== 0) assigned.push(doc.id)
    }
    if (transactionID !== undefined) await app.payload.db.commitTransaction(transactionID)
  }, 180_000)

  const csvIds = (body: Buffer) =>
    body
      .toString('utf8')
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0])

  it('exports every case, once and in order, as CSV and as XLSX', async () => {
    const csv = await download(app, `/campaigns/${bigId}/export?format=csv`, tokens.editor)
    expect(csv.status).toBe(200)
    expect(csvIds(csv.body)).toEqual(caseIds.map(String))
    const { rows } = await xlsxRows((await download(app, `/campaigns/${bigId}/export?format=xlsx`, tokens.editor)).body)
    expect(rows.map((row) => row['编号'])).toEqual(caseIds)
    expect(rows.at(-1)).toMatchObject({ 案例名称: `第${COUNT - 1}号案例`, 网络投票数: COUNT - 1 })
  })

  it('gives a reviewer exactly the cases assigned to them', async () => {
    const csv = await download(app, `/campaigns/${bigId}/export?format=csv`, tokens.reviewer)
    expect(csvIds(csv.body)).toEqual(assigned.map(String))
  })

  it('starts the download before the last cases are read', async () => {
    const url = new URL(`http://localhost/api/campaigns/${bigId}/export?format=csv`)
    const response = await REST_GET(app.config)(
      new Request(url, { headers: { Authorization: `JWT ${tokens.editor}` } }),
      { params: Promise.resolve({ slug: ['campaigns', String(bigId), 'export'] }) },
    )
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const first = await reader.read()
    expect(first.done).toBe(false)
    // Renamed after the first bytes went out: a file built before sending would still have the old title
    const last = caseIds.at(-1) as number | string
    await app.payload.db.updateOne({
      collection: 'case-submissions',
      id: last,
      data: { title: '下载开始后改名的案例' },
    })
    const chunks = [Buffer.from(first.value as Uint8Array)]
    for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(Buffer.from(part.value))
    const lines = Buffer.concat(chunks).toString('utf8').split('\r\n')
    expect(lines.at(-2)).toMatch(new RegExp(`^${last},下载开始后改名的案例,`))
    expect(lines).toHaveLength(COUNT + 2)
  })
})
