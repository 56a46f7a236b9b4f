import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { malformedTextPath } from '@/lib/malformedText'
import { UserFacingError } from '@/lib/UserFacingError'

const refuse = (args: unknown, req: Parameters<CollectionBeforeOperationHook>[0]['req']) => {
  const data = (args as { data?: unknown }).data
  if (data === undefined) return
  const path = malformedTextPath(data)
  if (path === null) return
  const message = '这里的文字含有无法保存的字符'
  throw new UserFacingError('malformedText', 400, req, {}, { marks: [{ path, message }], data: { field: path } })
}

/**
 * Text holding half of a UTF-16 surrogate pair (JSON's `"\ud800"`) is refused with 400 before anything is written,
 * in every collection and global, whichever way it arrives (REST, GraphQL, the admin, the portal's Local API
 * calls), rather than stored as U+FFFD: what was sent cannot be kept, so the sender is told.
 */
export const refuseMalformedText: CollectionBeforeOperationHook = ({ args, req }) => {
  refuse(args, req)
  return args
}

export const refuseMalformedGlobalText: GlobalBeforeOperationHook = ({ args, req }) => {
  refuse(args, req)
  return args
}
