import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { relationId } from '@/lib/relationId'
import type { CaseSubmission } from '@/payload-types'

import { PUBLIC_STATUSES } from '../access'

type Id = number | string

const unique = (ids: (Id | null | undefined)[]): Id[] => [
  ...new Map(ids.filter((id): id is Id => id != null).map((id) => [String(id), id])).values(),
]

const mediaOf = (doc: Partial<Pick<CaseSubmission, 'photos' | 'attachments'>> | undefined): Id[] =>
  unique([...(doc?.photos ?? []), ...(doc?.attachments ?? [])].map((item) => relationId(item)))

/** The files among `ids` a unit uploaded: staff uploads (and the system's) are for the site and stay visible. */
const unitUploads = async (req: PayloadRequest, ids: Id[]) => {
  const { docs: media } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    select: { uploadedBy: true, visibleToReaders: true },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const uploaders = unique(media.map((file) => relationId(file.uploadedBy)))
  const { docs: users } =
    uploaders.length === 0
      ? { docs: [] }
      : await req.payload.find({
          collection: 'users',
          where: { id: { in: uploaders } },
          select: { roles: true },
          depth: 0,
          pagination: false,
          req,
          overrideAccess: true,
        })
  const staff = new Set(users.filter(isStaffUser).map((user) => String(user.id)))
  return media.filter((file) => file.uploadedBy != null && !staff.has(String(relationId(file.uploadedBy))))
}

/**
 * A unit's photos and attachments become visible to readers while a case that shows them is public (shortlisted, in
 * publicity or excellent), and private again when no public case shows them — so a draft's, a returned or a rejected
 * case's files are never served to the public. Runs in the case's own transaction.
 */
export const showCaseMediaToReaders: CollectionAfterChangeHook<CaseSubmission> = async ({ doc, previousDoc, req }) => {
  const ids = unique([...mediaOf(doc), ...mediaOf(previousDoc)])
  if (ids.length === 0) return doc
  const files = await unitUploads(req, ids)
  if (files.length === 0) return doc
  const fileIds = files.map((file) => file.id)
  const { docs: publicCases } = await req.payload.find({
    collection: 'case-submissions',
    where: {
      and: [
        { status: { in: [...PUBLIC_STATUSES] } },
        { or: [{ photos: { in: fileIds } }, { attachments: { in: fileIds } }] },
      ],
    },
    select: { photos: true, attachments: true },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const shown = new Set(publicCases.flatMap(mediaOf).map(String))
  // The files whose visibility changes, in one update per direction
  for (const visible of [true, false]) {
    const changing = files
      .filter((file) => shown.has(String(file.id)) === visible && Boolean(file.visibleToReaders) !== visible)
      .map((file) => file.id)
    if (changing.length === 0) continue
    const { errors } = await req.payload.update({
      collection: 'media',
      where: { id: { in: changing } },
      data: { visibleToReaders: visible },
      depth: 0,
      req,
      overrideAccess: true,
    })
    // A file left public that should not be would be served to readers: the case's save fails instead
    if (errors.length > 0) throw new Error(`media visibility not changed: ${errors.map((e) => e.message).join('; ')}`)
  }
  return doc
}
