import type { PayloadRequest } from 'payload'

import { relationId } from '@/lib/relationId'
import { missingForPublish, PUBLISH_REQUIREMENTS } from '@/workflow/publishGuard'

import { fillUniqueSlugs } from './uniqueSlugs'
import type { DocumentData, Id } from './writeDocuments'

const idsOf = (docs: DocumentData[], field: string) => [
  ...new Set(docs.map((doc) => relationId(doc[field] as Id | null)).filter((id): id is Id => id != null)),
]

/** id → one field of the given documents, read in one query. */
const fieldById = async (req: PayloadRequest, collection: 'users' | 'media', ids: Id[], field: 'name' | 'alt') => {
  if (ids.length === 0) return new Map<string, string | null>()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    select: { [field]: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(
    docs.map((doc) => [String(doc.id), ((doc as unknown as Record<string, unknown>)[field] as string) ?? null]),
  )
}

/**
 * What the articles' hooks do on a save, for a batch of new articles: the same publish check (guardPublish: a
 * published article needs a source, a responsible editor, a region and a hero image with alt text — refused with
 * every missing field named), the responsible editor's printed name (copyEditorName), the publication time when a
 * published article has none (publishedAt), and a unique slug from the title (the slug field).
 */
export const prepareArticles = async (req: PayloadRequest, docs: DocumentData[]): Promise<DocumentData[]> => {
  const editors = await fieldById(req, 'users', idsOf(docs, 'responsibleEditor'), 'name')
  const heroAlts = await fieldById(req, 'media', idsOf(docs, 'heroImage'), 'alt')
  const now = new Date().toISOString()
  const prepared = docs.map((doc) => {
    const published = doc._status === 'published'
    const editor = relationId(doc.responsibleEditor as Id | null)
    const hero = relationId(doc.heroImage as Id | null)
    if (published) {
      const missing = missingForPublish({
        source: doc.source as string | null,
        responsibleEditor: editor != null && editors.has(String(editor)) ? editor : null,
        regions: doc.regions as unknown[] | null,
        heroImage: hero == null ? null : { alt: heroAlts.get(String(hero)) ?? null },
      })
      if (missing.length > 0) {
        const names = missing.map((key) => PUBLISH_REQUIREMENTS[key].name).join('、')
        throw new Error(`cannot publish “${String(doc.title)}”: missing ${missing.join(', ')} (缺少${names})`)
      }
    }
    return {
      ...doc,
      responsibleEditorName: editor == null ? null : (editors.get(String(editor)) ?? null),
      publishedAt: doc.publishedAt ?? (published ? now : null),
    }
  })
  return fillUniqueSlugs(req, 'articles', prepared, 'title')
}
