import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  RichText,
  type JSXConverter,
  type JSXConverterArgs,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import { safeLinkHref } from '@/lib/safeLinkHref'
import type { BackgroundBoxBlock, Media, VideoBlock } from '@/payload-types'

import { MediaImage } from './MediaImage'
import { VideoPlayer } from './VideoPlayer'

type LinkArgs = JSXConverterArgs<SerializedLinkNode | SerializedAutoLinkNode>

/** A link whose address could run script (`data:`, `vbscript:`, …) is shown as its text, not as a link. */
const guardedLink = <A extends LinkArgs>(args: A, render: JSXConverter<A['node']> | undefined): ReactNode => {
  const { node, nodesToJSX } = args
  if (node.fields.linkType !== 'internal' && safeLinkHref(node.fields.url) === null) {
    return <>{nodesToJSX({ nodes: node.children })}</>
  }
  return typeof render === 'function' ? render(args) : null
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: (args) => guardedLink(args, defaultConverters.link),
  autolink: (args) => guardedLink(args, defaultConverters.autolink),
  // Pictures in a body carry the media library's caption and credit, as the hero image does.
  upload: (args) => {
    const media = args.node.value
    if (typeof media === 'object' && media && 'alt' in media && media.mimeType?.startsWith('image/')) {
      return <MediaImage media={media as Media} size="hero" caption />
    }
    return typeof defaultConverters.upload === 'function' ? defaultConverters.upload(args) : null
  },
  blocks: {
    video: ({ node }: { node: { fields: VideoBlock } }) => <VideoPlayer {...node.fields} />,
    backgroundBox: ({ node }: { node: { fields: BackgroundBoxBlock } }) => (
      <aside className="background-box">
        <h4>{node.fields.heading}</h4>
        <p>{node.fields.text}</p>
      </aside>
    ),
  },
})

/** An article body or rich-text block, with the newsroom's own blocks rendered as readers know them. */
export function RichTextBody({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object') return null
  return <RichText className="rich-text" data={data as SerializedEditorState} converters={converters} />
}
