/** The collections whose reader pages search finds, with how the results list names each. */
export const SEARCHABLE = {
  articles: { zh: '文章', en: 'Article' },
  'case-submissions': { zh: '案例', en: 'Case' },
  'livestream-events': { zh: '直播', en: 'Livestream' },
  topics: { zh: '专题', en: 'Topic' },
  'pairing-aids': { zh: '对口帮扶', en: 'Pairing aid' },
} as const

export type SearchableCollection = keyof typeof SEARCHABLE

export const SEARCHABLE_COLLECTIONS = Object.keys(SEARCHABLE) as SearchableCollection[]

export const SEARCH_INDEX_SLUG = 'search-index'
