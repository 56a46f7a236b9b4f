const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const collect = (node: unknown, out: string[]) => {
  if (!isRecord(node)) return
  if (typeof node.text === 'string') out.push(node.text)
  if (Array.isArray(node.children)) {
    for (const child of node.children) collect(child, out)
    // A paragraph, heading or list item ends a line, so words of two paragraphs never run together
    out.push('\n')
  }
}

/** The readable text of a Lexical rich-text value, one line per block. */
export const lexicalText = (value: unknown): string => {
  if (!isRecord(value)) return ''
  const out: string[] = []
  collect(value.root, out)
  return out.join('').replace(/\n+/g, '\n').trim()
}
