import type { Endpoint } from 'payload'

import { hasRole } from '@/access/roles'
import { relationId } from '@/lib/relationId'
import { jsonBody, refusal } from '@/lib/refusal'
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
    if (!hasRole(req.user, 'editor', 'admin')) throw new UserFacingError('editorsOnly', req.user ? 403 : 401, req)
    const objection = await req.payload.findByID({
      collection: 'case-objections',
      id: req.routeParams?.id as string,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!objection) throw refusal(req, 404, 'notFound', { en: 'Objection not found', zh: '没有找到这条异议' })
    const verdict = checkDecision(objection.status, await jsonBody(req))
    if (!verdict.ok) throw refusal(req, verdict.status, verdict.code, verdict.message)
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
