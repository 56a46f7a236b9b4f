import { timedFetch, type Editor } from '../http'

const POLL_MS = 50
const GIVE_UP_MS = 120_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One poll of a page after a publish: when it was answered (ms from the publish), how, and whether it showed it. */
export type Poll = { atMs: number; tookMs: number; status: number; cache: string | null; shown: boolean }

/**
 * Polls a page until it shows `text`; the time from `since` (null when it never did) and every poll, so a slow
 * publish shows where its time went.
 */
const visibleAfter = async (url: string, text: string, since: number) => {
  const polls: Poll[] = []
  while (performance.now() - since < GIVE_UP_MS) {
    const page = await timedFetch(url)
    const shown = page.status === 200 && page.text.includes(text)
    const atMs = performance.now() - since
    polls.push({ atMs, tookMs: page.ms, status: page.status, cache: page.headers.get('x-nextjs-cache'), shown })
    if (shown) return { ms: atMs, polls }
    await sleep(POLL_MS)
  }
  return { ms: null, polls }
}

export type PublishRound = { answeredMs: number; topic: Poll[]; article: Poll[] }

export type PublishVisible = { topicMs: (number | null)[]; articleMs: (number | null)[]; rounds: PublishRound[] }

/**
 * Publish → visible, as an editor and a reader see it: a new article of the topic is published through REST
 * (everything publishing needs, newest of all), and the clock runs from sending it until the topic page and the
 * article's own page, each polled every 50 ms, show it. The topic page is cached before each publish.
 */
export const publishVisible = async ({
  app,
  editor,
  topic,
  times,
}: {
  app: string
  editor: Editor
  topic: { id: string | number; slug: string; campaign: string | number | null }
  times: number
}): Promise<PublishVisible> => {
  const me = await editor.json<{ user: { id: string | number } }>('/api/users/me')
  const [{ docs: regions }, { docs: images }] = await Promise.all([
    editor.json<{ docs: { id: string | number }[] }>('/api/regions?where[code][equals]=350481&depth=0&limit=1'),
    editor.json<{ docs: { id: string | number }[] }>('/api/media?depth=0&limit=1'),
  ])
  const topicUrl = `${app}/topics/${topic.slug}`
  const result: PublishVisible = { topicMs: [], articleMs: [], rounds: [] }
  for (let round = 1; round <= times; round++) {
    await timedFetch(topicUrl)
    const title = `规模测试新稿第${round}篇（${new Date().toISOString().slice(11, 19)}）`
    const sent = performance.now()
    const created = await editor.send('POST', '/api/articles?depth=0', {
      title,
      summary: '发布到专题页所需时间的测试稿件。',
      body: {
        root: {
          type: 'root',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          children: [
            {
              type: 'paragraph',
              version: 1,
              format: '',
              indent: 0,
              direction: 'ltr',
              textFormat: 0,
              textStyle: '',
              children: [
                {
                  type: 'text',
                  version: 1,
                  text: '东南网讯 这是一篇测试稿件。',
                  format: 0,
                  style: '',
                  mode: 'normal',
                  detail: 0,
                },
              ],
            },
          ],
        },
      },
      source: '东南网',
      responsibleEditor: me.user.id,
      regions: regions.map((region) => region.id),
      heroImage: images[0]?.id,
      topics: [topic.id],
      campaign: topic.campaign,
      _status: 'published',
    })
    if (created.status !== 201)
      throw new Error(`publishing a new article failed with ${created.status}: ${created.text.slice(0, 300)}`)
    const answeredMs = performance.now() - sent
    const { doc } = JSON.parse(created.text) as { doc: { slug: string } }
    const [onTopic, onArticle] = await Promise.all([
      visibleAfter(topicUrl, title, sent),
      visibleAfter(`${app}/articles/${doc.slug}`, title, sent),
    ])
    result.topicMs.push(onTopic.ms)
    result.articleMs.push(onArticle.ms)
    result.rounds.push({ answeredMs, topic: onTopic.polls, article: onArticle.polls })
  }
  return result
}
