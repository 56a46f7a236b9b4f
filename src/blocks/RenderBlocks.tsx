import type { ReadOptions } from '@/data/readOptions'
import type { Topic } from '@/payload-types'

import { ArticleListBlock } from './ArticleList/Component'
import { CaseShowcaseBlock } from './CaseShowcase/Component'
import { HeroBlock } from './Hero/Component'
import { LivestreamHighlightsBlock } from './LivestreamHighlights/Component'
import { RegionGridBlock } from './RegionGrid/Component'
import { RelatedReadingBlock } from './RelatedReading/Component'
import { RichTextBlock } from './RichText/Component'
import { StatCountersBlock } from './StatCounters/Component'
import { TimelineBlock } from './Timeline/Component'
import { VideoBlock } from './Video/Component'

type LayoutBlock = NonNullable<Topic['layout']>[number]
type Context = { read: ReadOptions; topicId: number | string }

/** The one map from a block's slug to what renders it. */
const render: {
  [K in LayoutBlock['blockType']]: (block: Extract<LayoutBlock, { blockType: K }>, context: Context) => React.ReactNode
} = {
  hero: (block) => <HeroBlock {...block} />,
  statCounters: (block, { read }) => <StatCountersBlock block={block} read={read} />,
  caseShowcase: (block, { read }) => <CaseShowcaseBlock block={block} read={read} />,
  livestreamHighlights: (block, { read }) => <LivestreamHighlightsBlock block={block} read={read} />,
  articleList: (block, { read, topicId }) => <ArticleListBlock block={block} read={read} topicId={topicId} />,
  regionGrid: (block, { read }) => <RegionGridBlock block={block} read={read} />,
  timeline: (block) => <TimelineBlock {...block} />,
  richText: (block) => <RichTextBlock {...block} />,
  relatedReading: (block) => <RelatedReadingBlock {...block} />,
  video: (block) => <VideoBlock {...block} />,
}

export function RenderBlocks({ blocks, ...context }: { blocks: Topic['layout'] } & Context) {
  return (
    <>
      {(blocks ?? []).map((block, index) => {
        const draw = render[block.blockType] as (block: LayoutBlock, context: Context) => React.ReactNode
        return (
          <div key={block.id ?? index} className={`block block-${block.blockType}`}>
            {draw(block, context)}
          </div>
        )
      })}
    </>
  )
}
