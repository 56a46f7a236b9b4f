import { pageMetadata } from '@/seo/pageMetadata'

import { ArticleArchive } from './ArticleArchive'

export const metadata = pageMetadata({ title: '新闻', description: '全部新闻稿件，按发布时间排列', path: '/articles' })

export default function ArticlesPage() {
  return <ArticleArchive page={1} />
}
