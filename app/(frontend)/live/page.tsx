import { pageMetadata } from '@/seo/pageMetadata'

import { LiveArchive } from './LiveArchive'

// The build prerenders this page; a timer, not only publishes, renews it, or a restart would serve the build's copy
// until the next publish (next.config.mjs)
export const revalidate = 60

export const metadata = pageMetadata({
  title: '直播',
  description: '直播带货与活动直播，按开播时间排列',
  path: '/live',
})

export default function LivePage() {
  return <LiveArchive page={1} />
}
