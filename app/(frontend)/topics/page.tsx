import { pageMetadata } from '@/seo/pageMetadata'

import { TopicArchive } from './TopicArchive'

// The build prerenders this page; a timer, not only publishes, renews it, or a restart would serve the build's copy
// until the next publish (next.config.mjs)
export const revalidate = 60

export const metadata = pageMetadata({ title: '专题', description: '全部活动专题，按上线时间排列', path: '/topics' })

export default function TopicsPage() {
  return <TopicArchive page={1} />
}
