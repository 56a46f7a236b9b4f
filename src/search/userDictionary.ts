import type { DivisionRow, DivisionSource } from '@/regions/divisionTree'

/** Campaign and policy terms the newsroom writes about, kept whole so a search for one finds it as a word. */
export const CAMPAIGN_TERMS = [
  '闽宁协作',
  '闽宁镇',
  '直播带货',
  '东西部协作',
  '东西部扶贫协作',
  '对口支援',
  '对口帮扶',
  '脱贫攻坚',
  '精准扶贫',
  '乡村振兴',
  '福建足迹',
  '山海协作',
  '消费扶贫',
  '扶贫产品',
  '电商扶贫',
  '订单农业',
  '一县一品',
  '一村一品',
  '驻村第一书记',
  '第一书记',
  '下党乡',
  '赤溪村',
]

// Higher than most dictionary words, so jieba prefers these over cutting them; jieba still finds the shorter
// dictionary words inside them in search mode (永安 inside 永安市).
const FREQUENCY = 2000

// The data's placeholders for directly administered counties are not places anyone searches for.
const isPlaceholder = (name: string) => name.includes('直辖')

/** 永安市 → 永安, 临夏回族自治州 → 临夏; nothing when the short form would be a single character (赵县). */
export const shortName = (name: string): string | null => {
  const match = /^(.{2,}?)(?:[^族]{1,6}族)*(?:自治[区州县旗]|特别行政区|[省市县区盟旗])$/u.exec(name)
  return match && match[1] !== name ? match[1] : null
}

/**
 * Every region's full name, and the short form of provinces, cities and the newsroom's own counties (short forms of
 * counties elsewhere, such as 和平 or 新华, are everyday words more often than places).
 */
export const regionWords = (source: DivisionSource, shortFormCounties: (row: DivisionRow) => boolean): string[] => {
  const words = new Set<string>()
  const add = (row: DivisionRow, withShort: boolean) => {
    if (isPlaceholder(row.name)) return
    words.add(row.name)
    const short = withShort ? shortName(row.name) : null
    if (short) words.add(short)
  }
  for (const row of source.provinces) add(row, true)
  for (const row of source.cities) add(row, true)
  for (const row of source.areas) add(row, shortFormCounties(row))
  return [...words]
}

/** jieba's dictionary format: one `word frequency` a line. */
export const dictionaryText = (words: Iterable<string>): string =>
  [...new Set(words)].map((word) => `${word} ${FREQUENCY}`).join('\n')
