import type { Media } from '@/payload-types'

type Size = 'thumbnail' | 'card' | 'hero'

/** An image from the media library at the size the layout needs, with its alt text (and caption when asked). */
export function MediaImage({
  media,
  size = 'card',
  caption = false,
  className,
  eager = false,
}: {
  media: Media | number | null | undefined
  size?: Size
  caption?: boolean
  className?: string
  /** For a picture on the first screen (a banner, a lead story), which should not wait to be scrolled to. */
  eager?: boolean
}) {
  if (!media || typeof media !== 'object' || !media.url) return null
  const sized = media.sizes?.[size]
  const src = sized?.url ?? media.url
  const image = (
    <img
      src={src}
      alt={media.alt}
      width={sized?.width ?? media.width ?? undefined}
      height={sized?.height ?? media.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      className={className}
    />
  )
  if (!caption || (!media.caption && !media.credit)) return image
  return (
    <figure className="media-figure">
      {image}
      <figcaption>
        {media.caption}
        {media.credit ? <span className="credit">{media.credit}</span> : null}
      </figcaption>
    </figure>
  )
}
