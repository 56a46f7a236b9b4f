import { ValidationError, type Endpoint } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { jsonBody } from '@/lib/jsonBody'
import { UserFacingError } from '@/lib/UserFacingError'
import { documentIdFrom, idShape } from '@/lib/wellFormedId'
import { objectionLimit } from '@/limits/objectionLimit'
import { notifyObjectionFiled } from '@/notifications'
import { checkProof } from '@/proofOfWork/challenge'
import { addressHash } from '@/voting/voterKey'
import { checkObjection, mayObject } from '@/workflow/objectionRules'

import { PUBLIC_STATUSES } from '../access'

/**
 * POST /api/case-submissions/:id/objections {"name", "contact", "reason", "proof"}, no account needed: a reader's
 * objection to a case in publicity, with a proof of work for it (GET …/:id/challenge?purpose=objection), spent once.
 * The objector's address is kept only as a keyed hash; objectionLimit caps objections a day per address and per
 * network.
 */
export const fileObjectionEndpoint: Endpoint = {
  path: '/:id/objections',
  method: 'post',
  handler: async (req) => {
    const body = (await jsonBody(req)) as { proof?: unknown } | null
    const checked = checkObjection(body)
    if (!checked.ok) throw new UserFacingError('invalidObjection', 400, req, {}, { errors: checked.errors })
    // A malformed id is a case that does not exist, answered here rather than by the lookup's own bare 404
    const caseId = documentIdFrom(req.routeParams?.id as string, idShape(req.payload, 'case-submissions'))
    if (caseId === null) throw new UserFacingError('caseNotFound', 404, req)
    const doc = await req.payload.findByID({
      collection: 'case-submissions',
      id: caseId,
      depth: 0,
      select: { status: true, publicityEndsAt: true },
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    // A case readers may not see is answered like one that does not exist
    if (!doc || !PUBLIC_STATUSES.includes(doc.status)) throw new UserFacingError('caseNotFound', 404, req)
    const now = new Date()
    if (!mayObject(doc.status, doc.publicityEndsAt, now)) throw new UserFacingError('notInPublicity', 409, req)
    const proof = await checkProof(req.payload.secret, body?.proof, 'objection', doc.id)
    if (!proof.ok) throw new UserFacingError(proof.code, proof.code === 'proofExpired' ? 409 : 400, req)
    const spent = await req.payload.count({
      collection: 'case-objections',
      where: { proof: { equals: proof.nonce } },
      overrideAccess: true,
      req,
    })
    if (spent.totalDocs > 0) throw new UserFacingError('proofUsed', 409, req)
    const address = clientAddress(req)
    const allowed = await objectionLimit.take(address)
    if (!allowed.ok)
      throw new UserFacingError('tooManyObjections', 429, req, {}, { retryAfterSeconds: allowed.retryAfterSeconds })
    const senderHash = addressHash(req.payload.secret, address ?? 'unknown')
    const objection = await req.payload
      .create({
        collection: 'case-objections',
        data: { case: doc.id, ...checked.value, status: 'pending', senderHash, proof: proof.nonce },
        req,
        overrideAccess: true,
      })
      .catch((error) => {
        // The same proof sent twice at once: the unique index lets one through
        const onProof = error instanceof ValidationError && error.data.errors.some(({ path }) => path === 'proof')
        throw onProof ? new UserFacingError('proofUsed', 409, req) : error
      })
    // Not awaited: the reader's answer must not wait for the mail server.
    void notifyObjectionFiled(req.payload, { caseId: doc.id, objectionId: objection.id })
    return Response.json(
      { message: 'Objection received', doc: { id: objection.id, status: objection.status } },
      { status: 201 },
    )
  },
}
