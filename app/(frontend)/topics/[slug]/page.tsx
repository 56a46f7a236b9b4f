import type { Metadata } from 'next'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import { MediaImage } from '@/components/MediaImage'
import { PreviewBar } from '@/components/PreviewBar'
import { notFoundOrRedirect } from '@/data/notFoundOrRedirect'
import { readOptionsForRequest } from '@/data/previewState'
import { getTopicPage } from '@/data/topicPage'
import { getTopic } from '@/data/topics'
import { pageMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopic({}, (await params).slug)
  if (!topic) return {}
  return pageMetadata({
    title: topic.meta?.title || topic.title,
    description: topic.meta?.description || topic.intro,
    path: `/topics/${topic.slug}`,
    image: topic.meta?.image ?? topic.theme?.banner,
  })
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params
  const read = await readOptionsForRequest()
  const page = await getTopicPage(read, slug)
  if (!page) return notFoundOrRedirect(`/topics/${slug}`)
  const { topic } = page
  const colour = topic.theme?.primaryColor ?? '#b8232f'
  return (
    <div className="topic" style={{ '--topic-colour': colour } as React.CSSProperties}>
      {read.draft ? <PreviewBar /> : null}
      <header className="topic-header">
        <MediaImage media={topic.theme?.banner} size="hero" className="topic-banner" />
        <h1>{topic.title}</h1>
        {topic.intro ? <p className="topic-intro">{topic.intro}</p> : null}
      </header>
      <RenderBlocks blocks={page.blocks} />
    </div>
  )
}
