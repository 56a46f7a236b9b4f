import { pinyin } from 'pinyin-pro'

import { toSimplified } from './chineseConverters'

/** How many numbered candidates uniqueSlug tries before deciding the check itself must be broken. */
const MAX_CANDIDATES = 1000

const shorten = (slug: string, maxLength: number): string => {
  if (slug.length <= maxLength) return slug
  // Looking one character past the limit finds a dash that sits right at it
  const head = slug.slice(0, maxLength + 1)
  const lastDash = head.lastIndexOf('-')
  return lastDash > 0 ? head.slice(0, lastDash) : slug.slice(0, maxLength)
}

/**
 * A URL slug: Chinese as toneless pinyin syllables (ü as v), Latin letters lowercased, digits kept, anything else a
 * single dash; '' when nothing usable is left. Longer slugs are cut at a dash when one falls within maxLength.
 */
export const slugify = (text: string, maxLength = 80): string => {
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new RangeError('maxLength must be a positive integer')
  // NFKC turns full-width letters and digits (ＡＢＣ１２３) into ASCII before anything else looks at them;
  // pinyin-pro reads some Traditional phrases wrongly (重慶銀行 as zhong-qing-yin-xing), so they are converted first
  const syllables = pinyin(toSimplified(text.normalize('NFKC')), {
    toneType: 'none',
    type: 'array',
    // Keeps a run of Latin letters and digits (COVID-19) as one item instead of one per character
    nonZh: 'consecutive',
    v: true,
  })
  const slug = syllables
    .join('-')
    // Strips accents so café becomes cafe rather than caf-
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return shorten(slug, maxLength)
}

/** The first of base, base-2, base-3 … that `taken` (the caller's database check) reports free. */
export const uniqueSlug = async (base: string, taken: (candidate: string) => Promise<boolean>): Promise<string> => {
  // Numbering an empty base would give '-2', which is no slug at all
  if (base === '') throw new RangeError('Cannot make a unique slug from an empty base')
  for (let n = 1; n <= MAX_CANDIDATES; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await taken(candidate))) return candidate
  }
  throw new Error(`No free slug among ${MAX_CANDIDATES} candidates for '${base}'`)
}
