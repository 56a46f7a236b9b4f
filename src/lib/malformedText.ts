type Visit = { value: unknown; key?: string; parent?: Visit }

const pathOf = (visit: Visit) => {
  const keys: string[] = []
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) keys.push(at.key)
  return keys.reverse().join('.')
}

export type MalformedText = {
  /** Where the text is: `title`, `body.root.children.0.text`, or a key's own path. */
  path: string
  /** Half of a UTF-16 surrogate pair, or a NUL character. */
  problem: 'surrogate' | 'nul'
}

/** What in one text no database can keep as sent, if anything. */
const problemIn = (text: string): MalformedText['problem'] | null => {
  if (!text.isWellFormed()) return 'surrogate'
  return text.includes('\u0000') ? 'nul' : null
}

/**
 * The first text in `data` (a value or a key) that no database can keep as sent, with its path, or null when all
 * text can be stored. JSON can carry half of a UTF-16 surrogate pair (`"\ud800"`), which UTF-8 cannot encode, so the
 * database would keep U+FFFD instead; and it can carry NUL (`"\u0000"`), which PostgreSQL refuses in text and JSON
 * alike (its query fails) while SQLite stores it, so the engines would differ. Walks without recursion and keeps
 * each step's parent rather than its whole path, so a body nested 100,000 deep costs neither the stack nor
 * quadratic memory.
 */
export const malformedText = (data: unknown): MalformedText | null => {
  const pending: Visit[] = [{ value: data }]
  while (pending.length > 0) {
    const visit = pending.pop() as Visit
    const { value } = visit
    if (typeof value === 'string') {
      const problem = problemIn(value)
      if (problem) return { path: pathOf(visit), problem }
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>
      for (const key in record) {
        const problem = problemIn(key)
        if (problem) return { path: pathOf({ value: key, key, parent: visit }), problem }
        const child = record[key]
        if (typeof child === 'string' || (child !== null && typeof child === 'object')) {
          pending.push({ value: child, key, parent: visit })
        }
      }
    }
  }
  return null
}
