import { describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { blockText } from '@/search/blockText'
import { bigrams, indexTokens, tokenString } from '@/search/tokenize'
import { normalise } from '@/search/simplified'
import { shortName } from '@/search/userDictionary'

describe('indexing Chinese text', () => {
  const tokens = indexTokens('福建足迹·直播带货行走进永安市，闽宁协作结硕果。县政府办公室发布消息。')

  it('keeps region names, campaign terms and ordinary words whole', () => {
    for (const word of ['永安市', '闽宁协作', '直播带货', '福建足迹', '办公室']) expect(tokens).toContain(word)
  })

  it('adds the words inside them that readers search for', () => {
    for (const word of ['永安', '直播', '带货', '协作', '办公']) expect(tokens).toContain(word)
  })

  it('indexes every pair of adjacent characters, whatever jieba made of the sentence', () => {
    // jieba cuts 永安市长 as 永安市 + 长; the pair 市长 must still be found
    expect(indexTokens('永安市长到茶园调研')).toEqual(expect.arrayContaining(['市长', '茶园']))
  })

  it('leaves out punctuation, single characters and function words', () => {
    expect(tokens.some((token) => /[·，。\s]/.test(token))).toBe(false)
    expect(tokens.filter((token) => Array.from(token).length < 2)).toEqual([])
    expect(indexTokens('我们的')).not.toContain('我们')
  })

  it('indexes Traditional text under Simplified tokens, and Latin words in lower case', () => {
    expect(indexTokens('直播帶貨 閩寧協作')).toEqual(expect.arrayContaining(['直播带货', '闽宁协作']))
    expect(indexTokens('5G 网络和 App，COVID-19')).toEqual(expect.arrayContaining(['5g', 'app', 'covid', '19']))
  })

  it('stores tokens between spaces, so a whole token can be matched with a substring test', () => {
    expect(tokenString(['永安', '直播'])).toBe(' 永安 直播 ')
  })
})

describe('normalisation', () => {
  it('turns Traditional into Simplified at phrase level, full-width into ASCII, letters into lower case', () => {
    expect(normalise('直播帶貨')).toBe('直播带货')
    expect(normalise('閩寧協作')).toBe('闽宁协作')
    expect(normalise('ＡＰＰ２０２０')).toBe('app2020')
    expect(normalise('乾隆年間乾燥')).toBe('乾隆年间干燥')
  })

  it('pairs characters in order', () => {
    expect(bigrams('直播带货')).toEqual(['直播', '播带', '带货'])
    expect(bigrams('茶')).toEqual([])
  })
})

describe('the user dictionary', () => {
  it('shortens region names readers use without their suffix', () => {
    expect(shortName('永安市')).toBe('永安')
    expect(shortName('寿宁县')).toBe('寿宁')
    expect(shortName('临夏回族自治州')).toBe('临夏')
    expect(shortName('宁夏回族自治区')).toBe('宁夏')
    expect(shortName('福建省')).toBe('福建')
    expect(shortName('赵县')).toBeNull()
  })
})

describe('the text of a topic page', () => {
  it('reads headings, entries and rich text of its blocks, not the documents they point at', () => {
    const layout = [
      { blockType: 'hero', id: 'a', heading: '福建足迹', subheading: '走进老区苏区' },
      { blockType: 'timeline', id: 'b', items: [{ id: 'c', date: '2020-07-09', title: '永安站', text: '安贞堡开播' }] },
      { blockType: 'richText', id: 'd', content: lexicalParagraphs(['第一段', '第二段']) },
      { blockType: 'relatedReading', id: 'e', articles: [{ id: 1, title: '别的稿件', updatedAt: '2020-01-01' }] },
      { blockType: 'stats', id: 'f', counters: [{ id: 'g', label: '销售额', source: 'manual', unit: '万元' }] },
    ]
    expect(blockText(layout)).toEqual(['福建足迹', '走进老区苏区', '永安站', '安贞堡开播', '第一段\n第二段', '销售额'])
  })
})
