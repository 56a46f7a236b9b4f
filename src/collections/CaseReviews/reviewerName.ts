import type { FieldHook, TextField } from 'payload'

import { label } from '@/i18n/label'
import { relationId } from '@/lib/relationId'

type Id = number | string

/** One lookup per request for all the reviews a list shows, not one per row. */
const namesOf = (req: Parameters<FieldHook>[0]['req']) => {
  const context = req.context as { reviewerNames?: Map<string, Promise<string | null>> }
  context.reviewerNames ??= new Map()
  return context.reviewerNames
}

const lookUp: FieldHook = async ({ siblingData, req }) => {
  const id = relationId(siblingData?.reviewer as Id | { id: Id } | null | undefined)
  if (id == null) return null
  const names = namesOf(req)
  if (!names.has(String(id))) {
    names.set(
      String(id),
      req.payload
        .findByID({
          collection: 'users',
          id,
          depth: 0,
          select: { name: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
        // The name only: another reviewer's e-mail address stays theirs
        .then((user) => user?.name || null),
    )
  }
  return names.get(String(id))
}

/**
 * The reviewer's name, read with the server's rights: reviewers see each other's reviews once their own is in
 * (blind until then), but may not open each other's accounts, where the relationship alone showed "无标题 - ID: 4".
 * Virtual: nothing stored.
 */
export const reviewerName: TextField = {
  name: 'reviewerName',
  label: label('评审专家', 'Reviewer'),
  type: 'text',
  virtual: true,
  admin: { readOnly: true },
  hooks: { afterRead: [lookUp] },
}
