import { toTraditional } from '@/lib/chineseConverters'

export type LocalizedLabel = { en: string; zh: string; 'zh-TW': string }

/** A label for the admin: Chinese with the English beside it, and plain English for the English interface. */
export const label = (zh: string, en: string): LocalizedLabel => ({
  en,
  zh: `${zh} ${en}`,
  'zh-TW': `${toTraditional(zh)} ${en}`,
})

/** Singular and plural labels for a collection, both bilingual. */
export const collectionLabels = (zh: string, en: string, enPlural: string) => ({
  singular: label(zh, en),
  plural: label(zh, enPlural),
})

/** Select options with bilingual labels from a value → [zh, en] table written once. */
export const options = <V extends string>(table: Record<V, readonly [string, string]>) =>
  (Object.keys(table) as V[]).map((value) => ({ value, label: label(table[value][0], table[value][1]) }))
