import type { PayloadRequest } from 'payload'

import { slugify, uniqueSlug } from '@/lib/slugify'

import type { DocumentData } from './writeDocuments'

type SluggedCollection = 'articles' | 'livestream-events'

/**
 * The slug field's rule (src/fields/slug.ts) for a batch of new documents: a given slug cleaned, else one made from
 * `from` in pinyin, numbered -2, -3 … past any slug already stored or given earlier in the batch. Whether the plain
 * slugs are free is asked in one query; a numbered candidate, needed only on a clash, is asked on its own.
 */
export const fillUniqueSlugs = async (
  req: PayloadRequest,
  collection: SluggedCollection,
  docs: DocumentData[],
  from: string,
): Promise<DocumentData[]> => {
  const bases = docs.map((doc) => {
    const typed = typeof doc.slug === 'string' ? slugify(doc.slug) : ''
    const base = typed || (typeof doc[from] === 'string' ? slugify(doc[from] as string) : '')
    if (!base) throw new Error(`${collection}: no slug can be made for “${String(doc[from] ?? '')}”`)
    return base
  })
  const { docs: stored } = await req.payload.find({
    collection,
    where: { slug: { in: [...new Set(bases)] } },
    select: { slug: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set(stored.map((doc) => String(doc.slug)))
  const inDatabase = async (candidate: string) =>
    (
      await req.payload.count({
        collection,
        where: { slug: { equals: candidate } },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  const slugged: DocumentData[] = []
  for (const [index, doc] of docs.entries()) {
    const base = bases[index]
    const slug = await uniqueSlug(base, async (candidate) =>
      candidate === base ? taken.has(candidate) : taken.has(candidate) || (await inDatabase(candidate)),
    )
    taken.add(slug)
    slugged.push({ ...doc, slug })
  }
  return slugged
}
