type Visit = { value: unknown; key?: string; parent?: Visit }

const pathOf = (visit: Visit) => {
  const keys: string[] = []
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) keys.push(at.key)
  return keys.reverse().join('.')
}

/**
 * The path (`title`, `body.root.children.0.text`) of the first text in `data` that holds half of a UTF-16 surrogate
 * pair, or null when all text is well formed. JSON can carry such a half (`"\ud800"`) but UTF-8 cannot store it, so
 * the database would keep U+FFFD instead of what was sent. Walks without recursion and keeps each step's parent
 * rather than its whole path, so a body nested 100,000 deep costs neither the stack nor quadratic memory.
 */
export const malformedTextPath = (data: unknown): string | null => {
  const pending: Visit[] = [{ value: data }]
  while (pending.length > 0) {
    const visit = pending.pop() as Visit
    const { value } = visit
    if (typeof value === 'string') {
      if (!value.isWellFormed()) return pathOf(visit)
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>
      for (const key in record) {
        if (!key.isWellFormed()) return pathOf({ value: key, key, parent: visit })
        const child = record[key]
        if (typeof child === 'string' || (child !== null && typeof child === 'object')) {
          pending.push({ value: child, key, parent: visit })
        }
      }
    }
  }
  return null
}
