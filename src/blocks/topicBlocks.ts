import type { Block } from 'payload'

import { ArticleListBlock } from './ArticleList/config'
import { CaseShowcaseBlock } from './CaseShowcase/config'
import { HeroBlock } from './Hero/config'
import { LivestreamHighlightsBlock } from './LivestreamHighlights/config'
import { RegionGridBlock } from './RegionGrid/config'
import { RelatedReadingBlock } from './RelatedReading/config'
import { RichTextBlock } from './RichText/config'
import { StatCountersBlock } from './StatCounters/config'
import { TimelineBlock } from './Timeline/config'
import { VideoBlock } from './Video/config'

/** The blocks a special-report page is built from, registered here once. */
export const topicBlocks: Block[] = [
  HeroBlock,
  StatCountersBlock,
  CaseShowcaseBlock,
  LivestreamHighlightsBlock,
  ArticleListBlock,
  RegionGridBlock,
  TimelineBlock,
  RichTextBlock,
  RelatedReadingBlock,
  VideoBlock,
]
