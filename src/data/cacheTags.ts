/**
 * Every cache tag the reader site uses, in one place: data functions tag what they read, collection hooks
 * revalidate the same tags on change. A tag nobody revalidates is a page that never updates.
 */
export const CACHE_TAGS = {
  articles: 'articles',
  article: (slug: string) => `article:${slug}`,
  topics: 'topics',
  topic: (slug: string) => `topic:${slug}`,
  events: 'livestream-events',
  event: (slug: string) => `livestream-event:${slug}`,
  /** Pairing-aid (对口帮扶) pairs: their overview, and the topic and region pages that list them. */
  pairings: 'pairing-aids',
  pairing: (slug: string) => `pairing-aid:${slug}`,
  campaigns: 'campaigns',
  campaign: (id: number | string) => `campaign:${id}`,
  cases: 'case-submissions',
  /** What the case library's counts, filters and charts depend on: which cases show, their type and region. */
  caseLibraryShape: 'case-library-shape',
  regions: 'regions',
  media: 'media',
  redirects: 'redirects',
  search: 'search',
  /** The site's name, navigation, hot words and footer: on every page. */
  siteSettings: 'site-settings',
  /** The approved comments (and their count) of one commented page. */
  comments: (collection: string, id: number | string) => `comments:${collection}:${id}`,
} as const
