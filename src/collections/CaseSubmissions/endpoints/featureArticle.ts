import type { Endpoint } from 'payload'

import { requireEditor } from '@/access/requireRole'
import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
import { missingForPublish } from '@/workflow/publishGuard'

import { articleFromCase } from '../articleFromCase'

/**
 * POST /api/case-submissions/:id/feature-article (editors): turns an excellent case into an article in one step.
 * The article is published at once when it has what every article needs (a photo with alt text, a region, the
 * unit as source), otherwise saved as a draft for the editor to finish; either way the case links to it and a
 * second call answers 409 with that article.
 */
export const featureArticleEndpoint: Endpoint = {
  path: '/:id/feature-article',
  method: 'post',
  handler: async (req) => {
    requireEditor(req)
    const doc = await req.payload.findByID({
      collection: 'case-submissions',
      id: req.routeParams?.id as string,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!doc) throw new UserFacingError('caseNotFound', 404, req)
    if (doc.status !== 'excellent') throw new UserFacingError('notExcellent', 409, req)
    const existing = relationId(doc.featureArticle)
    if (existing != null) throw new UserFacingError('alreadyFeatured', 409, req, {}, { data: { article: existing } })
    const [unit, topics] = await Promise.all([
      doc.organization == null
        ? null
        : req.payload.findByID({
            collection: 'organizations',
            id: relationId(doc.organization) as number,
            depth: 0,
            select: { name: true },
            req,
            overrideAccess: true,
            disableErrors: true,
          }),
      req.payload.find({
        collection: 'topics',
        where: { campaign: { equals: relationId(doc.campaign) } },
        depth: 0,
        limit: 10,
        select: { slug: true },
        req,
        overrideAccess: true,
      }),
    ])
    const data = articleFromCase(doc, {
      unitName: unit?.name ?? null,
      editor: req.user?.id as number,
      topics: topics.docs.map((topic) => topic.id),
    })
    const photo = data.heroImage
      ? await req.payload.findByID({
          collection: 'media',
          id: data.heroImage as number,
          depth: 0,
          select: { alt: true },
          req,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
    const publishNow = missingForPublish({ ...data, heroImage: photo }).length === 0
    const article = await req.payload.create({
      collection: 'articles',
      data: { ...data, _status: publishNow ? 'published' : 'draft' },
      draft: !publishNow,
      req,
      overrideAccess: true,
    })
    await req.payload.update({
      collection: 'case-submissions',
      id: doc.id,
      data: { featureArticle: article.id },
      req,
      overrideAccess: true,
    })
    return Response.json(
      {
        message: publishNow ? 'Article published' : 'Article saved as a draft',
        doc: { id: article.id, slug: article.slug, status: article._status },
      },
      { status: 201 },
    )
  },
}
