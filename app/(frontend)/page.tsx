import Link from 'next/link'

import { ArticleList } from '@/components/ArticleList'
import { HotList } from '@/components/hot/HotList'
import { latestArticles } from '@/data/articles'
import { hotLists } from '@/data/hotList'
import { listTopics } from '@/data/topics'
import { pageMetadata } from '@/seo/pageMetadata'
import { SITE_DESCRIPTION, SITE_NAME } from '@/seo/site'

export const metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: '/' }),
  title: { absolute: SITE_NAME },
}

export default async function HomePage() {
  const [topics, articles, hot] = await Promise.all([listTopics({}), latestArticles({}, 12), hotLists()])
  return (
    <>
      <section aria-labelledby="topics-heading">
        <h1 id="topics-heading">活动专题</h1>
        {topics.length === 0 ? (
          <p className="muted">专题上线后将在此列出。</p>
        ) : (
          <ul className="topic-list">
            {topics.map((topic) => (
              <li key={topic.id}>
                <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
                {topic.intro ? <p className="muted">{topic.intro}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">最新稿件</h2>
        <ArticleList articles={articles} />
      </section>
      <HotList lists={hot} id="home-hot" />
    </>
  )
}
