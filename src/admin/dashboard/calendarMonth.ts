import type { Payload } from 'payload'

import { dashboardRead } from './dashboardRead'
import { scheduledPublications } from './editorOverview'

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
// A month of a busy newsroom's articles fits; beyond it the day shows "更多" from the count, not every title
const PUBLISHED_READ = 600
const SCHEDULED_READ = 200

export type CalendarItem = {
  collection: string
  id: number | string
  title: string
  at: string
  kind: 'scheduled' | 'published'
}

export type CalendarMonth = {
  year: number
  month: number // 1–12
  /** Weekday of the 1st, Monday = 0, as Chinese calendars start the week. */
  firstWeekday: number
  days: number
  today: number | null
  items: Map<number, CalendarItem[]>
  published: number
  scheduled: number
}

/** The Beijing calendar day (1–31) of an instant, within its month. */
export const beijingDay = (at: string | Date): number =>
  new Date(new Date(at).getTime() + BEIJING_OFFSET_MS).getUTCDate()

/** The month `now` falls in, on Beijing time, with its first and last instants. */
export const beijingMonth = (now: Date) => {
  const local = new Date(now.getTime() + BEIJING_OFFSET_MS)
  const year = local.getUTCFullYear()
  const month = local.getUTCMonth()
  const start = new Date(Date.UTC(year, month, 1) - BEIJING_OFFSET_MS)
  const end = new Date(Date.UTC(year, month + 1, 1) - BEIJING_OFFSET_MS)
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const firstWeekday = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7
  return { year, month: month + 1, start, end, days, firstWeekday, today: local.getUTCDate() }
}

const published = (payload: Payload, collection: 'articles' | 'topics', inMonth: object) =>
  payload.find({
    ...dashboardRead,
    collection,
    where: { and: [{ publishedAt: inMonth }, { _status: { equals: 'published' } }] },
    sort: 'publishedAt',
    limit: PUBLISHED_READ,
    select: { title: true, publishedAt: true },
  })

/** The editorial calendar of this month: what was published and what is scheduled, by day (Beijing time). */
export const calendarMonth = async (payload: Payload, now = new Date()): Promise<CalendarMonth> => {
  const { year, month, start, end, days, firstWeekday, today } = beijingMonth(now)
  const inMonth = { greater_than_equal: start.toISOString(), less_than: end.toISOString() }
  const [articles, topics, scheduled] = await Promise.all([
    published(payload, 'articles', inMonth),
    published(payload, 'topics', inMonth),
    scheduledPublications(payload, { waitUntil: inMonth }, SCHEDULED_READ),
  ])
  const items = new Map<number, CalendarItem[]>()
  const add = (item: CalendarItem) => {
    const day = beijingDay(item.at)
    items.set(day, [...(items.get(day) ?? []), item])
  }
  for (const [collection, result] of [
    ['articles', articles],
    ['topics', topics],
  ] as const) {
    for (const doc of result.docs) {
      if (doc.publishedAt) add({ collection, id: doc.id, title: doc.title, at: doc.publishedAt, kind: 'published' })
    }
  }
  for (const job of scheduled) {
    if (job.action === 'publish')
      add({ collection: job.collection, id: job.id, title: job.title, at: job.at, kind: 'scheduled' })
  }
  // A day shows only its first few: what is still to come goes before what is done, each in order of time
  for (const list of items.values())
    list.sort((a, b) => (a.kind === b.kind ? a.at.localeCompare(b.at) : a.kind === 'scheduled' ? -1 : 1))
  return {
    year,
    month,
    firstWeekday,
    days,
    today,
    items,
    published: articles.totalDocs + topics.totalDocs,
    scheduled: scheduled.filter((job) => job.action === 'publish').length,
  }
}
