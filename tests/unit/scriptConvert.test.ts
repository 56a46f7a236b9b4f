import type { DictLike } from 'opencc-js/core'
import * as Locale from 'opencc-js/preset'
import { describe, expect, it } from 'vitest'

import { toTraditionalSameBytes } from '@/script/convertSameBytes'
import { toTraditionalMemoised } from '@/script/memo'

const bytes = (text: string) => Buffer.byteLength(text)

/** A text row of React's server-component payload: the length prefix counts UTF-8 bytes. */
const textRow = (text: string) => `1:T${bytes(text).toString(16)},${text}`
const rowIsIntact = (row: string) => {
  const [, hex, text] = /^1:T([0-9a-f]+),([\s\S]*)$/.exec(row)!
  return parseInt(hex, 16) === bytes(text)
}

describe('the Traditional conversion of reader pages', () => {
  it('converts by phrase, not character by character', () => {
    expect(toTraditionalSameBytes('直播带货')).toBe('直播帶貨')
    // 发 is 發 in 发展 but 髮 in 头发; 干 is 幹, 乾 or 干 by the word it is in
    expect(toTraditionalSameBytes('发展')).toBe('發展')
    expect(toTraditionalSameBytes('头发')).toBe('頭髮')
    expect(toTraditionalSameBytes('干部在树干旁晒干燥的茶叶')).toBe('幹部在樹幹旁曬乾燥的茶葉')
    expect(toTraditionalSameBytes('干涉')).toBe('干涉')
    expect(toTraditionalSameBytes('看着直播，显著增长')).toBe('看著直播，顯著增長')
  })

  it('keeps mainland wording and only changes the characters (tw, not twp)', () => {
    expect(toTraditionalSameBytes('视频信息')).toBe('視頻信息')
    expect(toTraditionalSameBytes('内存')).toBe('內存')
  })

  it('leaves markup, ASCII and already Traditional text alone', () => {
    const html = '<p class="lead" data-x="a&amp;b">Hello 123 直播帶貨</p>'
    expect(toTraditionalSameBytes(html)).toBe(html)
  })

  it('relies on every cn → tw dictionary entry keeping its number of characters', () => {
    const config = Locale.configs.s2tw
    // The package's types describe its configs loosely: both hold lists of dictionaries
    const dicts = [config.segmentation, ...config.conversionChain.flat()].flat() as unknown as DictLike[]
    const entries = dicts.flatMap((dict): readonly (readonly string[])[] =>
      typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ')) : dict,
    )
    expect(entries.length).toBeGreaterThan(100_000)
    const changingCount = entries.filter(([from, to]) => [...from!].length !== [...to!].length)
    expect(changingCount).toEqual([])
  })

  it('keeps every character’s byte width, so payload text rows keep their length prefix', () => {
    const body = '头发长了，干部们看着直播带货的发展。'.repeat(80)
    const row = toTraditionalSameBytes(textRow(body))!
    expect(row).toContain('頭髮長了，幹部們看著直播帶貨的發展')
    expect(rowIsIntact(row)).toBe(true)
  })

  it('keeps a rare character where its Traditional form would take a different number of bytes', () => {
    // 𫖮 (4 bytes, outside the Basic Multilingual Plane) becomes 顗 (3 bytes) in the dictionary
    expect(bytes('𫖮')).not.toBe(bytes('顗'))
    const row = toTraditionalSameBytes(textRow('周𫖮的头发'))!
    expect(row).toBe(textRow('周𫖮的頭髮'))
    expect(rowIsIntact(row)).toBe(true)
  })

  it('gives the same page again from its memory', () => {
    const page = `<main>${'直播带货助力乡村振兴'.repeat(5000)}</main>`
    const first = toTraditionalMemoised(page)
    expect(first).toContain('直播帶貨助力鄉村振興')
    expect(toTraditionalMemoised(page)).toBe(first)
    expect(toTraditionalMemoised(`${page} `)).toBe(`${first} `)
  })
})
