import { pageMetadata } from '@/seo/pageMetadata'

import { LiveArchive } from './LiveArchive'

export const metadata = pageMetadata({
  title: '直播',
  description: '直播带货与活动直播，按开播时间排列',
  path: '/live',
})

export default function LivePage() {
  return <LiveArchive page={1} />
}
