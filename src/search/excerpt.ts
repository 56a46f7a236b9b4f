/** How much of a text the results list shows under the title. */
export const EXCERPT_CHARS = 120

/** The first EXCERPT_CHARS characters, whitespace collapsed, with an ellipsis when cut. */
export const excerptOf = (text: string | null | undefined): string => {
  const chars = Array.from((text ?? '').replace(/\s+/g, ' ').trim())
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : chars.join('')
}
