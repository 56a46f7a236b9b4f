import { describe, expect, it } from 'vitest'

import { slugify, uniqueSlug } from '@/lib/slugify'

describe('slugify', () => {
  it('writes Chinese titles as toneless pinyin syllables', () => {
    expect(slugify('永安市副市长直播带货')).toBe('yong-an-shi-fu-shi-zhang-zhi-bo-dai-huo')
    expect(slugify('2020年福建足迹')).toBe('2020-nian-fu-jian-zu-ji')
    expect(slugify('女儿绿茶')).toBe('nv-er-lv-cha')
  })

  it('turns punctuation, full-width symbols and spaces into single dashes, never at the ends', () => {
    expect(slugify('“闽宁协作”结硕果！')).toBe('min-ning-xie-zuo-jie-shuo-guo')
    expect(slugify('  福建 —— 足迹  ')).toBe('fu-jian-zu-ji')
    expect(slugify('A+B=C')).toBe('a-b-c')
    expect(slugify('🎉 庆祝 🎉')).toBe('qing-zhu')
  })

  it('keeps runs of Latin letters and digits together and lowercases them', () => {
    expect(slugify('COVID-19 之后')).toBe('covid-19-zhi-hou')
    expect(slugify('Ｈｅｌｌｏ，世界１２３')).toBe('hello-shi-jie-123')
    expect(slugify('Café 绿')).toBe('cafe-lv')
  })

  it('reads polyphonic characters by the phrase they are in', () => {
    expect(slugify('重庆')).toBe('chong-qing')
    expect(slugify('银行')).toBe('yin-hang')
    expect(slugify('长春的行长')).toBe('chang-chun-de-hang-zhang')
  })

  it('reads Traditional characters like Simplified ones', () => {
    expect(slugify('閩寧協作')).toBe('min-ning-xie-zuo')
    expect(slugify('重慶銀行')).toBe('chong-qing-yin-hang')
  })

  it('returns an empty string when nothing usable is left', () => {
    expect(slugify('')).toBe('')
    expect(slugify('   ')).toBe('')
    expect(slugify('！？……——')).toBe('')
  })

  it('cuts long slugs at a dash within maxLength, 80 by default', () => {
    const title = '福建省宁德市“闽宁协作”二十五周年成果展暨乡村振兴直播带货活动在福州海峡国际会展中心隆重举行'
    expect(slugify(title)).toBe('fu-jian-sheng-ning-de-shi-min-ning-xie-zuo-er-shi-wu-zhou-nian-cheng-guo-zhan-ji')
    expect(slugify(title, 79)).toBe('fu-jian-sheng-ning-de-shi-min-ning-xie-zuo-er-shi-wu-zhou-nian-cheng-guo-zhan')
    expect(slugify('永安市副市长直播带货', 20)).toBe('yong-an-shi-fu-shi')
    expect(slugify('永安市副市长直播带货', 18)).toBe('yong-an-shi-fu-shi')
  })

  it('cuts mid-word only when no dash falls within maxLength', () => {
    expect(slugify('永安市副市长直播带货', 3)).toBe('yon')
    expect(slugify('ABCDEFGHIJ', 4)).toBe('abcd')
  })

  it('never returns a cut slug longer than maxLength or ending in a dash', () => {
    const full = slugify('永安市副市长直播带货')
    for (let maxLength = 1; maxLength <= full.length + 1; maxLength++) {
      const slug = slugify('永安市副市长直播带货', maxLength)
      expect(slug.length).toBeLessThanOrEqual(maxLength)
      expect(slug).not.toMatch(/-$/)
      expect(full.startsWith(slug)).toBe(true)
    }
  })

  it('refuses a maxLength that is not a positive integer', () => {
    expect(() => slugify('福建', 0)).toThrow(RangeError)
    expect(() => slugify('福建', -5)).toThrow(RangeError)
    expect(() => slugify('福建', 2.5)).toThrow(RangeError)
    expect(() => slugify('福建', Number.NaN)).toThrow(RangeError)
  })
})

describe('uniqueSlug', () => {
  const takenAmong = (existing: string[]) => {
    const asked: string[] = []
    const taken = async (candidate: string): Promise<boolean> => {
      asked.push(candidate)
      return existing.includes(candidate)
    }
    return { asked, taken }
  }

  it('keeps the base when it is free', async () => {
    const { asked, taken } = takenAmong(['fu-jian-zu-ji-2'])
    await expect(uniqueSlug('fu-jian-zu-ji', taken)).resolves.toBe('fu-jian-zu-ji')
    expect(asked).toEqual(['fu-jian-zu-ji'])
  })

  it('numbers from 2 upwards and stops at the first free candidate', async () => {
    const { asked, taken } = takenAmong(['fu-jian-zu-ji', 'fu-jian-zu-ji-2', 'fu-jian-zu-ji-4'])
    await expect(uniqueSlug('fu-jian-zu-ji', taken)).resolves.toBe('fu-jian-zu-ji-3')
    expect(asked).toEqual(['fu-jian-zu-ji', 'fu-jian-zu-ji-2', 'fu-jian-zu-ji-3'])
  })

  it('refuses an empty base', async () => {
    const { asked, taken } = takenAmong([])
    await expect(uniqueSlug('', taken)).rejects.toThrow(RangeError)
    expect(asked).toEqual([])
  })

  it('gives up after 1000 candidates when every one is taken', async () => {
    let calls = 0
    const alwaysTaken = async (): Promise<boolean> => {
      calls++
      return true
    }
    await expect(uniqueSlug('fu-jian', alwaysTaken)).rejects.toThrow(/No free slug/)
    expect(calls).toBe(1000)
  })
})
