import { pageMetadata } from '@/seo/pageMetadata'

import { TopicArchive } from './TopicArchive'

export const metadata = pageMetadata({ title: '专题', description: '全部活动专题，按上线时间排列', path: '/topics' })

export default function TopicsPage() {
  return <TopicArchive page={1} />
}
