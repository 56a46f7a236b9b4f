import { lexicalText } from './lexicalText'

/** The fields of the topic blocks that readers read as text: headings, captions, timeline entries, counter labels. */
const TEXT_FIELDS = new Set(['heading', 'subheading', 'title', 'text', 'caption', 'label'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const collect = (value: unknown, out: string[]) => {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out)
    return
  }
  if (!isRecord(value)) return
  // A populated relation is another document, indexed under its own page, not this one
  if ('updatedAt' in value) return
  if ('root' in value) {
    out.push(lexicalText(value))
    return
  }
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string') {
      if (TEXT_FIELDS.has(key)) out.push(field)
    } else {
      collect(field, out)
    }
  }
}

/** The readable text of a page's blocks, rich text included, one piece per field. */
export const blockText = (blocks: unknown): string[] => {
  const out: string[] = []
  collect(blocks, out)
  return out.filter((text) => text.trim() !== '')
}
