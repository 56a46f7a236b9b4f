import { randomBytes } from 'node:crypto'

import type { FlattenedField } from 'payload'

type Data = Record<string, unknown>

/**
 * Gives every array row without an id one, as Payload's save does before it writes (ObjectId-like: 24 hex digits),
 * through groups and nested arrays. The rows keep their ids in the version written beside the document.
 */
export const withArrayRowIds = (fields: FlattenedField[], data: Data): Data => {
  const result: Data = { ...data }
  for (const field of fields) {
    const value = result[field.name]
    if (field.type === 'array' && Array.isArray(value)) {
      result[field.name] = value.map((row: Data) => ({
        ...withArrayRowIds(field.flattenedFields, row),
        id: row.id ?? randomBytes(12).toString('hex'),
      }))
    } else if (field.type === 'group' && value && typeof value === 'object') {
      result[field.name] = withArrayRowIds(field.flattenedFields, value as Data)
    }
  }
  return result
}
