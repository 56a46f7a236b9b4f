import type { TopicBlock } from '@/data/topicPage'

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

type Kind = TopicBlock['block']['blockType']
type Of<K extends Kind> = Extract<TopicBlock, { block: { blockType: K } }>

/** The one map from a block's slug to what renders it; each gets its own fields and the data read for it. */
const render: { [K in Kind]: (entry: Of<K>) => React.ReactNode } = {
  hero: ({ block }) => <HeroBlock {...block} />,
  statCounters: ({ block, data }) => <StatCountersBlock block={block} totals={data} />,
  caseShowcase: ({ block, data }) => <CaseShowcaseBlock block={block} cases={data} />,
  livestreamHighlights: ({ block, data }) => <LivestreamHighlightsBlock block={block} events={data} />,
  articleList: ({ block, data }) => <ArticleListBlock block={block} articles={data} />,
  regionGrid: ({ block, data }) => <RegionGridBlock block={block} regions={data} />,
  timeline: ({ block }) => <TimelineBlock {...block} />,
  richText: ({ block }) => <RichTextBlock {...block} />,
  relatedReading: ({ block }) => <RelatedReadingBlock {...block} />,
  video: ({ block }) => <VideoBlock {...block} />,
}

export function RenderBlocks({ blocks }: { blocks: TopicBlock[] }) {
  return (
    <>
      {blocks.map((entry, index) => {
        const draw = render[entry.block.blockType] as (entry: TopicBlock) => React.ReactNode
        return (
          <div key={entry.block.id ?? index} className={`block block-${entry.block.blockType}`}>
            {draw(entry)}
          </div>
        )
      })}
    </>
  )
}
