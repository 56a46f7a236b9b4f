import { notFound } from 'next/navigation'

import { MediaImage } from '@/components/MediaImage'
import { isArchivePage, topicArchive } from '@/data/archives'
import { formatDate } from '@/lib/formatDate'

import { Pager } from '../_components/Pager'

/** 专题: every published special report, newest first, each under its banner. */
export async function TopicArchive({ page }: { page: number }) {
  if (!isArchivePage(page)) notFound()
  const archive = await topicArchive({}, page)
  if (page > 1 && archive.docs.length === 0) notFound()
  return (
    <section className="archive" aria-labelledby="archive-heading">
      <nav className="breadcrumb" aria-label="当前位置">
        <a href="/">首页</a> › 专题
      </nav>
      <h1 id="archive-heading">专题{page > 1 ? `（第 ${page} 页）` : ''}</h1>
      {archive.docs.length === 0 ? <p className="muted">专题上线后将在此列出。</p> : null}
      <ul className="topic-cards">
        {archive.docs.map((topic) => (
          <li key={topic.id}>
            <MediaImage media={topic.theme?.banner} size="card" className="topic-card-banner" />
            <h2>
              <a href={`/topics/${topic.slug}`}>{topic.title}</a>
            </h2>
            {topic.intro ? <p className="archive-summary">{topic.intro}</p> : null}
            <time dateTime={topic.publishedAt ?? undefined}>{formatDate(topic.publishedAt)}</time>
          </li>
        ))}
      </ul>
      <Pager base="/topics" page={page} pages={archive.pages} label="专题分页" />
    </section>
  )
}
