import { toTraditional } from '@/lib/chineseConverters'

export type LocalizedLabel = { en: string; zh: string; 'zh-TW': string }

/** A label for the admin: Chinese alone in either script (editors read no English there), English for English. */
export const label = (zh: string, en: string): LocalizedLabel => ({
  en,
  zh,
  'zh-TW': toTraditional(zh),
})

/** Singular and plural labels for a collection (Chinese has no plural form). */
export const collectionLabels = (zh: string, en: string, enPlural: string) => ({
  singular: label(zh, en),
  plural: label(zh, enPlural),
})

/** Select options with labels in each language from a value → [zh, en] table written once. */
export const options = <V extends string>(table: Record<V, readonly [string, string]>) =>
  (Object.keys(table) as V[]).map((value) => ({ value, label: label(table[value][0], table[value][1]) }))
