import { ValidationError, type Endpoint } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { jsonBody } from '@/lib/jsonBody'
import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
import { commentLimit } from '@/limits/commentLimit'
import { sensitiveWordFilter } from '@/moderation/sensitiveWords'
import { checkProof } from '@/proofOfWork/challenge'
import { addressHash } from '@/voting/voterKey'
import { checkComment, initialStatus } from '@/workflow/commentRules'

import { pageRefFrom, proofSubject, readerVisiblePage, type PageRef } from '../commentedPage'

type Body = { page?: { relationTo?: unknown; value?: unknown }; proof?: unknown } | null

/** A reply goes to an approved comment on the same page; anything else is answered as not found. */
const replyTarget = async (req: Parameters<Endpoint['handler']>[0], page: PageRef, replyTo: string | number) => {
  const target = await req.payload
    .findByID({ collection: 'comments', id: replyTo, depth: 0, overrideAccess: false, disableErrors: true })
    .catch(() => null)
  const onPage =
    target?.page?.relationTo === page.relationTo && String(relationId(target.page.value)) === String(page.id)
  return onPage ? target.id : null
}

/**
 * POST /api/comments/submit {"page": {"relationTo", "value"}, "body", "name"?, "replyTo"?, "proof"}, no account
 * needed: a reader's comment on an article, a topic or a case, with a proof of work for that page
 * (GET /api/comments/challenge), spent once. The comment waits for an editor unless the page is post-then-moderate
 * and no listed word is in it. The address is kept only as a keyed hash; commentLimit caps comments an hour per
 * address and per network.
 */
export const submitCommentEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const body = (await jsonBody(req)) as Body
    const checked = checkComment(body)
    if (!checked.ok) throw new UserFacingError('invalidComment', 400, req, {}, { errors: checked.errors })
    const page = pageRefFrom(req, body?.page?.relationTo, body?.page?.value)
    const doc = page ? await readerVisiblePage(req, page) : null
    if (!page || !doc) throw new UserFacingError('commentPageNotFound', 404, req)
    const proof = await checkProof(req.payload.secret, body?.proof, 'comment', proofSubject(page))
    if (!proof.ok) throw new UserFacingError(proof.code, proof.code === 'proofExpired' ? 409 : 400, req)
    const spent = await req.payload.count({
      collection: 'comments',
      where: { proof: { equals: proof.nonce } },
      overrideAccess: true,
    })
    if (spent.totalDocs > 0) throw new UserFacingError('proofUsed', 409, req)
    const replyTo = checked.value.replyTo == null ? null : await replyTarget(req, page, checked.value.replyTo)
    if (checked.value.replyTo != null && replyTo == null) throw new UserFacingError('replyNotFound', 400, req)
    const address = clientAddress(req)
    const allowed = await commentLimit.take(address)
    if (!allowed.ok)
      throw new UserFacingError('tooManyComments', 429, req, {}, { retryAfterSeconds: allowed.retryAfterSeconds })
    const filter = await sensitiveWordFilter(req.payload)
    const flagged = filter(`${checked.value.name}\n${checked.value.body}`)
    const comment = await req.payload
      .create({
        collection: 'comments',
        data: {
          page: { relationTo: page.relationTo, value: doc.id },
          body: checked.value.body,
          name: checked.value.name || null,
          replyTo,
          status: initialStatus(Boolean(doc.commentsPostModerated), flagged),
          flaggedWords: flagged.length ? flagged.join('、') : null,
          addressHash: addressHash(req.payload.secret, address ?? 'unknown'),
          proof: proof.nonce,
        },
        req,
        overrideAccess: true,
      })
      .catch((error) => {
        // The same proof sent twice at once: the unique index lets one through
        const onProof = error instanceof ValidationError && error.data.errors.some(({ path }) => path === 'proof')
        throw onProof ? new UserFacingError('proofUsed', 409, req) : error
      })
    return Response.json(
      { message: 'Comment received', doc: { id: comment.id, status: comment.status } },
      { status: 201 },
    )
  },
}
