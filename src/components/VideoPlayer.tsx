import type { Media } from '@/payload-types'

/** An uploaded MP4 or a linked video; nothing when neither is set. */
export function VideoPlayer({
  file,
  url,
  title,
  caption,
}: {
  file?: Media | number | null
  url?: string | null
  title?: string | null
  caption?: string | null
}) {
  const src = file && typeof file === 'object' ? file.url : url
  if (!src) return null
  return (
    <figure className="video">
      {title ? <h3>{title}</h3> : null}
      <video src={src} controls preload="metadata" aria-label={title ?? caption ?? '视频'} />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}
