import { pageMetadata } from '@/seo/pageMetadata'

import { ArticleArchive } from './ArticleArchive'

// The build prerenders this page; a timer, not only publishes, renews it, or a restart would serve the build's copy
// until the next publish (next.config.mjs)
export const revalidate = 60

export const metadata = pageMetadata({ title: '新闻', description: '全部新闻稿件，按发布时间排列', path: '/articles' })

export default function ArticlesPage() {
  return <ArticleArchive page={1} />
}
