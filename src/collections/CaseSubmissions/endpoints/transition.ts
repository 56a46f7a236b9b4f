import type { Endpoint } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { jsonBody } from '@/lib/jsonBody'
import { UserFacingError } from '@/lib/UserFacingError'
import { allowedTransitions } from '@/workflow/caseTransitions'

import { actorOf, caseFactsOf, transitionCase } from '../transitionCase'

/**
 * POST /api/case-submissions/:id/transition {"to": "...", "comment": "..."}: moves a case through transitionCase,
 * the one way a case changes status (the portal calls it too).
 */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const body = (await jsonBody(req)) as { to?: unknown; comment?: unknown } | null
    const updated = await transitionCase(req, req.routeParams?.id as string, {
      to: body?.to,
      comment: body?.comment ?? null,
      address: clientAddress(req),
    })
    return Response.json({ doc: updated }, { status: 200 })
  },
}

/** GET /api/case-submissions/:id/transitions: the moves the caller may attempt now, for the admin's buttons. */
export const allowedTransitionsEndpoint: Endpoint = {
  path: '/:id/transitions',
  method: 'get',
  handler: async (req) => {
    const doc = await req.payload.findByID({
      collection: 'case-submissions',
      id: req.routeParams?.id as string,
      depth: 0,
      req,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!doc) throw new UserFacingError('caseNotFound', 404, req)
    const { facts } = await caseFactsOf(req, doc)
    return Response.json({ status: doc.status, allowed: allowedTransitions(actorOf(req), facts, new Date()) })
  },
}
