import Link from 'next/link'

import type { Article } from '@/payload-types'

/** 首页 › the special report (or campaign) the article belongs to › 正文, as news sites show it. */
export function Breadcrumb({ article }: { article: Pick<Article, 'topics' | 'campaign'> }) {
  const topic = article.topics?.find((item) => typeof item === 'object' && item.slug)
  const campaign = typeof article.campaign === 'object' ? article.campaign : null
  return (
    <nav aria-label="当前位置" className="breadcrumb">
      <ol>
        <li>
          <Link href="/">首页</Link>
        </li>
        {topic && typeof topic === 'object' ? (
          <li>
            <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
          </li>
        ) : campaign ? (
          <li>{campaign.name}</li>
        ) : null}
        <li aria-current="page">正文</li>
      </ol>
    </nav>
  )
}
