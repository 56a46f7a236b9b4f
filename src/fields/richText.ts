import {
  BlocksFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { BackgroundBoxBlock } from '@/blocks/BackgroundBox/config'
import { VideoBlock } from '@/blocks/Video/config'

/**
 * The newsroom's body editor: Payload's defaults (headings, lists, quotes, links, images from the media library
 * with their caption and credit) plus tables, a video embed and the 链接 background box.
 */
export const bodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    FixedToolbarFeature(),
    EXPERIMENTAL_TableFeature(),
    BlocksFeature({ blocks: [VideoBlock, BackgroundBoxBlock] }),
  ],
})
