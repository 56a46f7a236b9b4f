import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { calendarMonth } from '@/admin/dashboard/calendarMonth'

import { publishables } from '../helpers/editorialFixtures'
import { seedUsers } from '../helpers/seedUsers'
import { startPayload, type TestApp } from '../helpers/startPayload'

let app: TestApp

beforeAll(async () => {
  app = await startPayload()
})
afterAll(() => app?.close())

const BEIJING = 8 * 3600_000

describe('the editorial calendar', () => {
  it("shows a day's scheduled publications before what was published that day", async () => {
    const { payload } = app
    const { completeArticle } = await publishables(payload, await seedUsers(payload))
    // 18:30 on the 4th in Beijing; four articles published that morning, one scheduled for 23:59
    const now = new Date(Date.UTC(2026, 11, 4, 18, 30) - BEIJING)
    for (let hour = 8; hour < 12; hour++) {
      await payload.create({
        collection: 'articles',
        data: {
          ...completeArticle(`上午发布 ${hour}`),
          _status: 'published',
          publishedAt: new Date(Date.UTC(2026, 11, 4, hour) - BEIJING).toISOString(),
        },
        context: { disableRevalidate: true },
      })
    }
    const draft = await payload.create({
      collection: 'articles',
      data: { title: '夜间预约稿件' },
      draft: true,
      context: { disableRevalidate: true },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: new Date(Date.UTC(2026, 11, 4, 23, 59) - BEIJING),
    })

    const calendar = await calendarMonth(payload, now)
    expect(calendar.today).toBe(4)
    expect(calendar.scheduled).toBe(1)
    const day = calendar.items.get(4) ?? []
    expect(day.map((item) => item.kind)).toEqual(['scheduled', 'published', 'published', 'published', 'published'])
    expect(day[0]).toMatchObject({ title: '夜间预约稿件', id: draft.id, collection: 'articles' })
  })
})
