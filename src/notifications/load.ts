import type { Payload, Where } from 'payload'

import { senderName } from '@/config/email'
import { relationId } from '@/lib/relationId'
import type { CaseSubmission } from '@/payload-types'

import { siteUrl } from './links'
import type { Site } from './messages'

/** Notifications run outside any request: they read with overrideAccess, after the change was committed. */
const asSystem = { depth: 0, overrideAccess: true } as const

export const siteOf = (payload: Payload): Site => ({
  baseUrl: siteUrl(payload.config.serverURL, process.env.PORT),
  name: senderName(process.env),
})

export const loadCase = (payload: Payload, id: number | string) =>
  payload.findByID({
    collection: 'case-submissions',
    id,
    ...asSystem,
    disableErrors: true,
    select: { title: true, status: true, organization: true, email: true, assignedReviewers: true },
  })

export type LoadedCase = NonNullable<Awaited<ReturnType<typeof loadCase>>>

const addressesOf = async (payload: Payload, where: Where) =>
  (
    await payload.find({ collection: 'users', where, pagination: false, select: { email: true }, ...asSystem })
  ).docs.map((user) => user.email)

/** The unit: every submitter account of the case's organisation, and the contact address on the case itself. */
export const unitAddresses = async (payload: Payload, kase: LoadedCase) => {
  const organization = relationId(kase.organization)
  const accounts =
    organization == null
      ? []
      : await addressesOf(payload, {
          and: [{ organization: { equals: organization } }, { roles: { contains: 'submitter' } }],
        })
  return [...accounts, kase.email]
}

export const reviewerAddresses = (payload: Payload, ids: readonly (number | string)[]) =>
  ids.length ? addressesOf(payload, { and: [{ id: { in: ids } }, { roles: { contains: 'reviewer' } }] }) : []

export const assignedReviewerIds = (kase: Pick<CaseSubmission, 'assignedReviewers'>) =>
  (kase.assignedReviewers ?? []).map((reviewer) => relationId(reviewer) as number)

/** Editors run the call; a fresh install with only an administrator still gets told. */
export const editorAddresses = async (payload: Payload) => {
  const editors = await addressesOf(payload, { roles: { contains: 'editor' } })
  return editors.length ? editors : addressesOf(payload, { roles: { contains: 'admin' } })
}

export const loadObjection = (payload: Payload, id: number | string) =>
  payload.findByID({ collection: 'case-objections', id, ...asSystem, disableErrors: true })
