import {
  BlocksFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { BackgroundBoxBlock } from '@/blocks/BackgroundBox/config'
import { VideoBlock } from '@/blocks/Video/config'

import { refuseOversizedRichText } from './richTextLimits'

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

/** A rich-text field with the body editor, refusing bodies too deep or too large (./richTextLimits.ts). */
export const bodyField = (overrides: Omit<RichTextField, 'type'>): RichTextField => ({
  editor: bodyEditor,
  ...overrides,
  type: 'richText',
  hooks: {
    ...overrides.hooks,
    beforeValidate: [refuseOversizedRichText, ...(overrides.hooks?.beforeValidate ?? [])],
  },
})
