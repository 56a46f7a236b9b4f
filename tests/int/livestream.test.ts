import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { campaignTotals } from '@/data/campaignFigures'
import { formatCount, formatFen } from '@/metrics/formatChinese'

import { loginAs } from '../helpers/loginAs'
import { restClient, type RestClient } from '../helpers/rest'
import { seedUsers, type Cast } from '../helpers/seedUsers'
import { startPayload, type TestApp } from '../helpers/startPayload'

let app: TestApp
let rest: RestClient
let cast: Cast
let editor: string

beforeAll(async () => {
  app = await startPayload()
  rest = restClient(app.config)
  cast = await seedUsers(app.payload)
  editor = await loginAs(rest, 'editor@test.local')
})
afterAll(() => app?.close())

const yuan = (value: number) => value * 100

describe('livestream figures', () => {
  it("take the latest snapshot as the event's current figure, whatever the order they were typed in", async () => {
    const res = await rest.post('/livestream-events', {
      token: editor,
      json: {
        title: '荔城区直播带货',
        snapshots: [
          {
            asOf: '2020-07-20T20:00:00+08:00',
            visits: 3_000_000,
            onlineSalesFen: yuan(6_380_000),
            offlineSalesFen: yuan(3_000_000),
            orderValueFen: yuan(5_000_000),
            sourceNote: '平台后台',
          },
          {
            asOf: '2020-07-20T16:00:00+08:00',
            visits: 1_200_000,
            onlineSalesFen: yuan(2_000_000),
            sourceNote: '直播间统计',
          },
        ],
      },
    })
    expect(res.status).toBe(201)
    const { current } = res.data.doc
    expect(current.totalSalesFen).toBe(yuan(14_380_000))
    expect(formatFen(current.totalSalesFen)).toBe('1438万元')
    expect(formatCount(current.visits)).toBe('300万')
    expect(new Date(current.asOf).toISOString()).toBe('2020-07-20T12:00:00.000Z')
  })

  it('follow a newer snapshot added later', async () => {
    const doc = await app.payload.create({
      collection: 'livestream-events',
      data: { title: '永安直播', snapshots: [{ asOf: '2020-07-09T12:00:00+08:00', onlineSalesFen: yuan(800_000) }] },
    })
    const updated = await app.payload.update({
      collection: 'livestream-events',
      id: doc.id,
      data: {
        snapshots: [
          ...(doc.snapshots ?? []),
          { asOf: '2020-07-09T21:00:00+08:00', onlineSalesFen: yuan(2_500_000), offlineSalesFen: yuan(1_500_000) },
        ],
      },
    })
    expect(formatFen(updated.current?.totalSalesFen)).toBe('400万元')
  })

  it('refuse money that is not whole fen', async () => {
    const res = await rest.post('/livestream-events', {
      token: editor,
      json: { title: '错误金额', snapshots: [{ asOf: '2020-07-09T12:00:00+08:00', onlineSalesFen: 12.5 }] },
    })
    expect(res.status).toBe(400)
  })
})

describe('a campaign rolls up its events', () => {
  it('sums each published event’s current figures, not every snapshot', async () => {
    const campaign = await app.payload.create({
      collection: 'campaigns',
      data: {
        name: '福建足迹',
        year: 2020,
        caseCall: { expertWeight: 70, voteWeight: 30 },
        outcomes: { casesReceived: 298 },
      },
    })
    const event = (
      title: string,
      snapshots: { asOf: string; orderValueFen: number; visits: number }[],
      status: 'published' | 'draft',
    ) =>
      app.payload.create({
        collection: 'livestream-events',
        data: { title, campaign: campaign.id, snapshots, _status: status },
        draft: status === 'draft',
      })
    await event(
      '一',
      [
        { asOf: '2020-07-09T12:00:00+08:00', orderValueFen: yuan(1_000_000), visits: 10 },
        { asOf: '2020-07-09T20:00:00+08:00', orderValueFen: yuan(4_000_000), visits: 20 },
      ],
      'published',
    )
    await event('二', [{ asOf: '2020-07-20T20:00:00+08:00', orderValueFen: yuan(14_380_000), visits: 30 }], 'published')
    await event('草稿', [{ asOf: '2020-08-01T20:00:00+08:00', orderValueFen: yuan(99_000_000), visits: 99 }], 'draft')
    const totals = await campaignTotals({ draft: true, user: { ...cast.users.reviewer } }, campaign.id)
    expect(totals.livestream.events).toBe(2)
    expect(formatFen(totals.livestream.totalSalesFen)).toBe('1838万元')
    expect(totals.livestream.visits).toBe(50)
    expect(totals.casesReceived).toBe(298)
  })

  it('refuses vote weights that do not add up to 100', async () => {
    const res = await rest.post('/campaigns', {
      token: editor,
      json: { name: '权重错误', year: 2020, caseCall: { expertWeight: 80, voteWeight: 30 } },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.data)).toContain('之和须为 100')
  })
})
