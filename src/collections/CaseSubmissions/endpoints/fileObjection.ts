import type { Endpoint } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { jsonBody, refusal } from '@/lib/refusal'
import { notifyObjectionFiled } from '@/notifications'
import { addressHash } from '@/voting/voterKey'
import { OBJECTION_LIMITS, checkObjection, mayObject } from '@/workflow/objectionRules'

import { PUBLIC_STATUSES } from '../access'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * POST /api/case-submissions/:id/objections {"name", "contact", "reason"}, no account needed: a reader's objection
 * to a case in publicity. The objector's address is kept only as a keyed hash, to cap objections per address a day.
 */
export const fileObjectionEndpoint: Endpoint = {
  path: '/:id/objections',
  method: 'post',
  handler: async (req) => {
    const checked = checkObjection(await jsonBody(req))
    if (!checked.ok)
      throw refusal(
        req,
        400,
        'invalidObjection',
        { en: 'Name, contact and reason are required', zh: '请检查填写的内容' },
        {
          errors: checked.errors,
        },
      )
    const doc = await req.payload.findByID({
      collection: 'case-submissions',
      id: req.routeParams?.id as string,
      depth: 0,
      select: { status: true, publicityEndsAt: true },
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    // A case readers may not see is answered like one that does not exist
    if (!doc || !PUBLIC_STATUSES.includes(doc.status))
      throw refusal(req, 404, 'notFound', { en: 'Case not found', zh: '没有找到这个案例' })
    const now = new Date()
    if (!mayObject(doc.status, doc.publicityEndsAt, now))
      throw refusal(req, 409, 'notInPublicity', {
        en: 'Objections are taken only during the publicity period',
        zh: '该案例不在公示期内，不能提出异议',
      })
    const senderHash = addressHash(req.payload.secret, clientAddress(req) ?? 'unknown')
    const sentToday = await req.payload.count({
      collection: 'case-objections',
      where: {
        and: [
          { senderHash: { equals: senderHash } },
          { createdAt: { greater_than: new Date(now.getTime() - DAY_MS).toISOString() } },
        ],
      },
      req,
      overrideAccess: true,
    })
    if (sentToday.totalDocs >= OBJECTION_LIMITS.perAddressPerDay) {
      req.responseHeaders = new Headers({ 'Retry-After': String(DAY_MS / 1000) })
      throw refusal(req, 429, 'tooManyObjections', {
        en: 'Too many objections from this address today',
        zh: '今天提交的异议已达上限，请明天再试',
      })
    }
    const objection = await req.payload.create({
      collection: 'case-objections',
      data: { case: doc.id, ...checked.value, status: 'pending', senderHash },
      req,
      overrideAccess: true,
    })
    // Not awaited: the reader's answer must not wait for the mail server.
    void notifyObjectionFiled(req.payload, { caseId: doc.id, objectionId: objection.id })
    return Response.json(
      { message: 'Objection received', doc: { id: objection.id, status: objection.status } },
      { status: 201 },
    )
  },
}
