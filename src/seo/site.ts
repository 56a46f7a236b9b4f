import type { Media } from '@/payload-types'
import { siteUrl } from '@/notifications/links'

export const SITE_NAME = '新闻专题'
export const SITE_DESCRIPTION = '活动专题、典型案例、直播带货与新闻报道'

type Env = Record<string, string | undefined>

/**
 * The public origin for canonical links, the feed and the sitemap: SITE_URL when the reader site has a domain of
 * its own, else Payload's SERVER_URL, else this machine (the demo).
 */
export const siteOrigin = (env: Env = process.env) => siteUrl(env.SITE_URL || env.SERVER_URL, env.PORT)

/** An absolute address for a site path or a media URL; addresses that already are absolute stay as they are. */
export const absoluteUrl = (path: string, origin: string = siteOrigin()) =>
  /^https?:\/\//i.test(path) ? path : `${origin}${path.startsWith('/') ? '' : '/'}${path}`

export type SeoImage = { url: string; width?: number; height?: number; alt: string }

/** The share image of a media document: its hero size when there is one (close to the 1200 px cards want). */
export const seoImage = (media: Media | number | null | undefined, origin: string = siteOrigin()): SeoImage | null => {
  if (!media || typeof media !== 'object' || !media.url) return null
  const sized = media.sizes?.hero?.url ? media.sizes.hero : null
  return {
    url: absoluteUrl(sized?.url ?? media.url, origin),
    width: (sized?.width ?? media.width) || undefined,
    height: (sized?.height ?? media.height) || undefined,
    alt: media.alt,
  }
}
