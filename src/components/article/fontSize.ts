/** The reader's chosen text size for article bodies, kept in this browser only so cached pages stay the same for all. */
export const FONT_SIZE_KEY = 'article-font-size'

export const FONT_SIZES = [
  { value: 'large', label: '大' },
  { value: 'medium', label: '中' },
  { value: 'small', label: '小' },
] as const

export type FontSize = (typeof FONT_SIZES)[number]['value']

export const DEFAULT_FONT_SIZE: FontSize = 'medium'
