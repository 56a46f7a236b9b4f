import { MediaImage } from '@/components/MediaImage'
import type { HeroBlock as HeroBlockData } from '@/payload-types'

export function HeroBlock({ heading, subheading, image }: HeroBlockData) {
  return (
    <section className="block-hero">
      <MediaImage media={image} size="hero" className="block-hero-image" />
      <div className="block-hero-text">
        <h2>{heading}</h2>
        {subheading ? <p>{subheading}</p> : null}
      </div>
    </section>
  )
}
