import type { CollectionBeforeOperationHook } from 'payload'

import { UserFacingError } from '@/lib/UserFacingError'

/**
 * The status moves only through transitionCase (the transition endpoint and the portal call it), which checks the
 * rules and writes the audit trail. A plain create or update that tries to set it is refused; an unchanged value (the
 * admin form sends every field) passes.
 */
export const statusOnlyByTransition: CollectionBeforeOperationHook<'case-submissions'> = async ({
  args,
  context,
  operation,
  req,
}) => {
  if ((operation !== 'create' && operation !== 'update') || context.caseTransition) return args
  const status = (args as { data?: { status?: unknown } }).data?.status
  if (status === undefined || status === null) return args
  if (operation === 'create') {
    if (status === 'draft') return args
    throw new UserFacingError('statusByTransitionOnly', 400, req)
  }
  const id = (args as { id?: number | string }).id
  const current =
    id == null
      ? null
      : await req.payload.findByID({
          collection: 'case-submissions',
          id,
          depth: 0,
          select: { status: true },
          req,
          overrideAccess: true,
          disableErrors: true,
        })
  if (current?.status === status) return args
  throw new UserFacingError('statusByTransitionOnly', 400, req)
}
