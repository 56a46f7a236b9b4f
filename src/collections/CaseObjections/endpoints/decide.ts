import type { Endpoint } from 'payload'

import { requireEditor } from '@/access/requireRole'
import { relationId } from '@/lib/relationId'
import { jsonBody } from '@/lib/jsonBody'
import { UserFacingError } from '@/lib/UserFacingError'
import { notifyObjectionDecided } from '@/notifications'
import { checkDecision } from '@/workflow/objectionRules'

/**
 * POST /api/case-objections/:id/decide {"decision": "upheld" | "dismissed", "reason": "..."}: an editor settles a
 * pending objection once. An upheld objection bars the case from becoming excellent (see caseTransitions).
 */
export const decideObjectionEndpoint: Endpoint = {
  path: '/:id/decide',
  method: 'post',
  handler: async (req) => {
    requireEditor(req)
    const objection = await req.payload.findByID({
      collection: 'case-objections',
      id: req.routeParams?.id as string,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!objection) throw new UserFacingError('objectionNotFound', 404, req)
    const verdict = checkDecision(objection.status, await jsonBody(req))
    if (!verdict.ok) throw new UserFacingError(verdict.code, verdict.status, req, verdict.vars)
    const updated = await req.payload.update({
      collection: 'case-objections',
      id: objection.id,
      data: {
        status: verdict.value.decision,
        decisionReason: verdict.value.reason,
        decidedBy: req.user?.id,
        decidedAt: new Date().toISOString(),
      },
      req,
      overrideAccess: true,
    })
    void notifyObjectionDecided(req.payload, {
      caseId: relationId(objection.case) as number,
      objectionId: objection.id,
    })
    return Response.json({ doc: updated })
  },
}
