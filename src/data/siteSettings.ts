import type { SiteSetting } from '@/payload-types'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'

export type SiteSettings = SiteSetting

/** The site's furniture (name, logo, channels, hot words, footer), read once and kept until an editor changes it. */
export const getSiteSettings = cached(
  async (): Promise<SiteSettings> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false })
  },
  'site-settings',
  () => [CACHE_TAGS.siteSettings, CACHE_TAGS.media],
)
