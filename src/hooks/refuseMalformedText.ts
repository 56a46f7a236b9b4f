import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { malformedText } from '@/lib/malformedText'
import { UserFacingError } from '@/lib/UserFacingError'

const refuse = (args: unknown, req: Parameters<CollectionBeforeOperationHook>[0]['req']) => {
  const data = (args as { data?: unknown }).data
  if (data === undefined) return
  const found = malformedText(data)
  if (found === null) return
  const { path, problem } = found
  const message = '这里的文字含有无法保存的字符'
  throw new UserFacingError(
    problem === 'nul' ? 'nulInText' : 'malformedText',
    400,
    req,
    {},
    {
      marks: [{ path, message }],
      data: { field: path },
    },
  )
}

/**
 * Text holding half of a UTF-16 surrogate pair (JSON's `"\ud800"`) or a NUL character is refused with 400 before
 * anything is written or looked up, in every collection and global, whichever way it arrives (REST, GraphQL, the
 * admin, the portal's Local API calls), and in a login or a forgot-password, whose email Payload looks up: rather
 * than stored as U+FFFD, or failing PostgreSQL's query (a 500) where SQLite would go on. What was sent cannot be
 * kept, so the sender is told.
 */
export const refuseMalformedText: CollectionBeforeOperationHook = ({ args, req }) => {
  refuse(args, req)
  return args
}

export const refuseMalformedGlobalText: GlobalBeforeOperationHook = ({ args, req }) => {
  refuse(args, req)
  return args
}
