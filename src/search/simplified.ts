import { toSimplified } from '@/lib/chineseConverters'

/**
 * What the index and the queries compare: full-width letters and digits as ASCII (NFKC), Simplified characters,
 * lower case. Applied to both sides, so a Traditional query finds Simplified text and the reverse.
 */
export const normalise = (text: string): string => toSimplified(text.normalize('NFKC')).toLowerCase()
