import { RichTextBody } from '@/components/RichTextBody'
import type { RichTextBlock as RichTextData } from '@/payload-types'

export function RichTextBlock({ content }: RichTextData) {
  return (
    <section className="block-richtext">
      <RichTextBody data={content} />
    </section>
  )
}
