import type { SiteSettings } from '@/data/siteSettings'
import { isChannelLink } from '@/lib/channelLink'

export type NavLink = { label: string; url: string }

/** The channels a portal reader looks for, until an editor sets the site's own in 站点设置. */
export const DEFAULT_NAVIGATION: NavLink[] = [
  { label: '首页', url: '/' },
  { label: '专题', url: '/topics' },
  { label: '新闻', url: '/articles' },
  { label: '直播', url: '/live' },
  { label: '案例库', url: '/cases' },
  { label: '对口帮扶', url: '/pairing' },
  { label: '案例申报', url: '/submit' },
]

/** The editors' channels, or the defaults; a link saved before links were checked is left out rather than shown. */
export const navigationOf = (settings: SiteSettings): NavLink[] =>
  settings.navigation?.length
    ? settings.navigation
        .filter((link) => isChannelLink(link.url))
        .map((link) => ({ label: link.label, url: link.url }))
    : DEFAULT_NAVIGATION
