/** A relationship value is an id or, when populated, the document: this returns the id either way. */
export const relationId = <T extends string | number>(value: T | { id: T } | null | undefined): T | null => {
  if (value == null) return null
  return typeof value === 'object' ? value.id : value
}
