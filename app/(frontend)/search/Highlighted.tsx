import type { Segment } from '@/search/highlight'

/** Matched pieces in <mark>; all of it rendered as text, so nothing in a title can become markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : segment.text))
}
