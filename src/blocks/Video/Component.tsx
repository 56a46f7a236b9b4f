import { VideoPlayer } from '@/components/VideoPlayer'
import type { VideoBlock as VideoData } from '@/payload-types'

export function VideoBlock(props: VideoData) {
  return (
    <section className="block-video">
      <VideoPlayer {...props} />
    </section>
  )
}
