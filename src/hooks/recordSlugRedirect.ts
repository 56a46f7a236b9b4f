import type { CollectionAfterChangeHook } from 'payload'

type Redirectable = 'articles' | 'topics' | 'livestream-events'

/**
 * When a published page's slug changes, its old address must keep working: record a redirect from the old path to
 * the document (so a later slug change needs no new record), and drop any redirect away from the new path, which
 * would otherwise send readers in a loop.
 */
export const recordSlugRedirect =
  (collection: Redirectable, pathFor: (slug: string) => string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const before = previousDoc?.slug
    if (!before || before === doc.slug || previousDoc?._status !== 'published') return doc
    const from = pathFor(before)
    const existing = await req.payload.count({ collection: 'redirects', where: { from: { equals: from } }, req })
    if (existing.totalDocs === 0) {
      await req.payload.create({
        collection: 'redirects',
        data: { from, to: { type: 'reference', reference: { relationTo: collection, value: doc.id } } },
        req,
        overrideAccess: true,
      })
    }
    await req.payload.delete({
      collection: 'redirects',
      where: { from: { equals: pathFor(doc.slug) } },
      req,
      overrideAccess: true,
    })
    return doc
  }
