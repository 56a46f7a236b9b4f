import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

import { AIDED_COUNTIES, FUJIAN, chinaDivision } from '@/regions/chinaDivision'
import { officialCode } from '@/regions/divisionTree'

import { CAMPAIGN_TERMS, dictionaryText, regionWords } from './userDictionary'

/** Kept on the process: Next's separately bundled pages and API would each build their own copy of the module. */
const INSTANCE = Symbol.for('newsroom.jieba')
const shared = globalThis as typeof globalThis & { [INSTANCE]?: Jieba }

/**
 * The one jieba instance, created on first use (loading the default dictionary takes about half a second), with the
 * region names and campaign terms added so 永安市, 闽宁协作 and 直播带货 are cut as words.
 */
export const jieba = (): Jieba => {
  const existing = shared[INSTANCE]
  if (existing) return existing
  const created = Jieba.withDict(dict)
  const newsroomCounty = (row: { code: string; provinceCode?: string }) =>
    row.provinceCode === FUJIAN || AIDED_COUNTIES.includes(officialCode(row.code))
  const words = [...regionWords(chinaDivision, newsroomCounty), ...CAMPAIGN_TERMS]
  created.loadDict(Buffer.from(dictionaryText(words), 'utf8'))
  shared[INSTANCE] = created
  return created
}
