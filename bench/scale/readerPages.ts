import type { Manifest } from './dataset'
import type { PageSpec } from './measure/pages'

export const TOPIC_SLUG = 'fujian-zuji-2020'
/** 永安市: a county with its share of the ten years' articles. */
export const REGION_CODE = '350481'

/** The reader pages measured, each with what an editor changes to make it render afresh. */
export const readerPages = (articleSlug: string | undefined, words: Manifest['words']): PageSpec[] => {
  const q = encodeURIComponent
  return [
    { name: 'home', path: '/', edits: 'article' },
    { name: 'topic', path: `/topics/${TOPIC_SLUG}`, edits: 'topic' },
    { name: 'article', path: `/articles/${articleSlug}`, edits: 'article', article: articleSlug },
    { name: 'cases', path: '/cases', edits: 'case' },
    { name: 'cases, filtered', path: `/cases?type=${q('扶贫经验')}&status=excellent`, edits: 'case' },
    { name: 'cases, page 50', path: '/cases?page=50', edits: 'case', showsEdit: false },
    { name: 'search, rare word', path: `/search?q=${q(words.rare)}`, edits: 'article' },
    { name: 'search, common word', path: `/search?q=${q(words.common)}`, edits: 'article' },
    { name: 'region', path: `/regions/${REGION_CODE}`, edits: 'article' },
    { name: 'rss', path: '/rss.xml', edits: 'article' },
    { name: 'sitemap', path: '/sitemap.xml', edits: 'article', showsEdit: false },
  ]
}
