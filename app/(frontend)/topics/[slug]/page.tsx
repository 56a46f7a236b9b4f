import type { Metadata } from 'next'
import Link from 'next/link'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import { CommentCount, CommentSection } from '@/components/comments/CommentSection'
import { MediaImage } from '@/components/MediaImage'
import { PairingList } from '@/components/pairing/PairingList'
import { PageBreadcrumb } from '@/components/PageBreadcrumb'
import { PreviewBar } from '@/components/PreviewBar'
import { ShareBox } from '@/components/share/ShareBox'
import { notFoundOrRedirect } from '@/data/notFoundOrRedirect'
import { readOptionsForRequest } from '@/data/previewState'
import { getTopicPage } from '@/data/topicPage'
import { getTopic } from '@/data/topics'
import { pageMetadata } from '@/seo/pageMetadata'
import { absoluteUrl } from '@/seo/site'

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
  // A layout that opens with a hero block opens the page with it: its picture and words become the page's one
  // banner and title, not a second banner below the theme's.
  const [first, ...rest] = page.blocks
  const lead = first?.block.blockType === 'hero' ? first.block : null
  const leadWords = [lead?.heading !== topic.title ? lead?.heading : null, lead?.subheading].filter(Boolean).join(' · ')
  return (
    <div className="topic" style={{ '--topic-colour': colour } as React.CSSProperties}>
      {read.draft ? <PreviewBar /> : null}
      <PageBreadcrumb trail={[{ label: '专题', href: '/topics' }, { label: topic.title }]} />
      <header className="topic-header">
        <MediaImage media={lead?.image ?? topic.theme?.banner} size="hero" className="topic-banner" eager />
        <h1>{topic.title}</h1>
        <CommentCount relationTo="topics" id={topic.id} />
        {leadWords ? <p className="topic-subheading">{leadWords}</p> : null}
        {topic.intro ? <p className="topic-intro">{topic.intro}</p> : null}
      </header>
      <RenderBlocks blocks={lead ? rest : page.blocks} />
      {page.pairings.length > 0 ? (
        <section className="block topic-pairings" aria-labelledby="topic-pairings">
          <h2 id="topic-pairings">对口帮扶</h2>
          <PairingList pairs={page.pairings} />
          <p>
            <Link href="/pairing">对口帮扶总览：各省结对与资金</Link>
          </p>
        </section>
      ) : null}
      <ShareBox url={absoluteUrl(`/topics/${topic.slug}`)} title={topic.title} summary={topic.intro} what="本专题" />
      <CommentSection relationTo="topics" id={topic.id} />
    </div>
  )
}
