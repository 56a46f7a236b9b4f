import type { FieldHook, TextField } from 'payload'

import { label } from '@/i18n/label'
import { slugify, uniqueSlug } from '@/lib/slugify'

/**
 * Fills an empty slug from the title as pinyin, and keeps it unique by adding -2, -3 … An editor's own slug is
 * kept as typed, only cleaned.
 */
const fillSlug =
  (from: string): FieldHook =>
  async ({ collection, data, originalDoc, req, value }) => {
    const typed = typeof value === 'string' ? slugify(value) : ''
    const source = data?.[from] ?? originalDoc?.[from]
    const base = typed || (typeof source === 'string' ? slugify(source) : '')
    if (!base || !collection) return base || value
    const ownId = originalDoc?.id
    return uniqueSlug(base, async (candidate) => {
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as 'articles',
        where: { and: [{ slug: { equals: candidate } }, ...(ownId ? [{ id: { not_equals: ownId } }] : [])] },
        req,
        overrideAccess: true,
      })
      return totalDocs > 0
    })
  }

export const slugField = (from = 'title'): TextField => ({
  name: 'slug',
  label: label('网址别名', 'Slug'),
  type: 'text',
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: label('留空则按标题拼音生成', 'Left empty, it is made from the title in pinyin'),
  },
  hooks: { beforeValidate: [fillSlug(from)] },
})
