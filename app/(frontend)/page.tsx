import { listingKey } from '@/collections/ArticleListings/listingKeys'
import { ArticleList } from '@/components/ArticleList'
import { HotList } from '@/components/hot/HotList'
import { MediaImage } from '@/components/MediaImage'
import { eventArchive, topicArchive } from '@/data/archives'
import { latestArticles, listedArticles } from '@/data/articles'
import { hotLists } from '@/data/hotList'
import { getSiteSettings } from '@/data/siteSettings'
import { formatDate } from '@/lib/formatDate'
import { formatFen } from '@/metrics/formatChinese'
import { pageMetadata } from '@/seo/pageMetadata'
import { SITE_DESCRIPTION } from '@/seo/site'

// The hot list on this page is renewed by a timer, not by publishes: the cached page is regenerated in the background
// at most once a minute while read (HOT_LIST_REVALIDATE_SECONDS in src/data/hotList.ts; Next needs the literal here)
export const revalidate = 60

export async function generateMetadata() {
  const { siteName, tagline } = await getSiteSettings({})
  return {
    ...pageMetadata({ title: siteName, description: tagline || SITE_DESCRIPTION, path: '/' }),
    title: { absolute: siteName },
  }
}

/** The channels the home page shows a column of, each the newest of its category's indexed list. */
const SECTIONS = [
  { category: 'poverty', heading: '脱贫攻坚' },
  { category: 'livestream', heading: '直播带货' },
  { category: 'cooperation', heading: '东西部协作' },
  { category: 'cases', heading: '典型案例' },
] as const

const SECTION_LENGTH = 6
const HEADLINES = 7

/**
 * The front page as a portal reader knows it: the lead story with its picture and the other headlines beside it,
 * the current special reports as banners, the latest news, a column per channel, livestreams and the hot lists.
 * Every read is one bounded, cached query.
 */
export default async function HomePage() {
  const [headlines, latest, topics, events, hot, ...sections] = await Promise.all([
    listedArticles({}, listingKey.category('headline'), HEADLINES),
    latestArticles({}, 10),
    topicArchive({}, 1),
    eventArchive({}, 1),
    hotLists(),
    ...SECTIONS.map((section) => listedArticles({}, listingKey.category(section.category), SECTION_LENGTH)),
  ])
  // The lead is the newest headline with a picture; without headlines, the newest article
  const pool = headlines.docs.length ? headlines.docs : latest
  const lead = pool.find((article) => article.heroImage) ?? pool[0]
  const others = pool.filter((article) => article !== lead)
  return (
    <div className="home">
      <h1 className="visually-hidden">首页</h1>
      {lead ? (
        <section className="home-lead" aria-labelledby="lead-heading">
          <a href={`/articles/${lead.slug}`} className="home-lead-story">
            <MediaImage media={lead.heroImage} size="card" className="home-lead-image" eager />
            <h2 id="lead-heading">{lead.title}</h2>
          </a>
          {lead.summary ? <p className="home-lead-summary">{lead.summary}</p> : null}
          <div className="home-headlines">
            <h2>要闻</h2>
            <ArticleList articles={others} />
          </div>
        </section>
      ) : null}
      {topics.docs.length ? (
        <section aria-labelledby="topics-heading" className="home-topics">
          <h2 id="topics-heading">
            <a href="/topics">活动专题</a>
          </h2>
          <ul className="topic-banners">
            {topics.docs.slice(0, 3).map((topic) => (
              <li key={topic.id}>
                <a href={`/topics/${topic.slug}`}>
                  <MediaImage media={topic.theme?.banner} size="card" className="topic-banner-image" />
                  <span className="topic-banner-title">{topic.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="home-columns">
        <div className="home-main">
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading">
              <a href="/articles">最新稿件</a>
            </h2>
            <ArticleList articles={latest} />
          </section>
          <div className="home-sections">
            {SECTIONS.map((section, index) => (
              <section key={section.category} aria-labelledby={`section-${section.category}`}>
                <h2 id={`section-${section.category}`}>{section.heading}</h2>
                <ArticleList articles={sections[index].docs} />
              </section>
            ))}
          </div>
        </div>
        <aside className="home-side">
          <HotList lists={hot} id="home-hot" />
          {events.docs.length ? (
            <section aria-labelledby="live-heading" className="home-live">
              <h2 id="live-heading">
                <a href="/live">直播</a>
              </h2>
              <ul>
                {events.docs.slice(0, 4).map((event) => (
                  <li key={event.id}>
                    <a href={`/live/${event.slug}`}>{event.title}</a>
                    <span className="muted">
                      {formatDate(event.startsAt)}
                      {event.current?.totalSalesFen ? ` · 销售额 ${formatFen(event.current.totalSalesFen)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  )
}
