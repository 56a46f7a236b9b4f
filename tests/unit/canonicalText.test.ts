import { describe, expect, it } from 'vitest'

import { canonicalEmail, canonicalLine, hasBidiControl, nameKey, plainLine } from '@/lib/canonicalText'

describe('canonicalLine', () => {
  it.each([
    ['zero-width space', '沙县\u200b农业局'],
    ['zero-width joiner and BOM', '\ufeff沙县\u200d农业局'],
    ['soft hyphen and word joiner', '沙县\u00ad农\u2060业局'],
    ['ideographic space at both ends', '\u3000沙县农业局\u3000'],
  ])('makes a name with a %s the same text as the plain one', (_case, lookalike) => {
    expect(canonicalLine(lookalike)).toBe('沙县农业局')
  })

  it('folds fullwidth letters and digits into the ones they look like', () => {
    expect(canonicalLine('ＡＢＣ科技１号')).toBe('ABC科技1号')
  })

  it('makes runs of any spaces one and trims the ends, keeping Chinese as typed', () => {
    expect(canonicalLine('  三明市\u3000\u3000沙县区  农业农村局 ')).toBe('三明市 沙县区 农业农村局')
  })

  it('removes bidi controls, so a reordered name compares to its plain text', () => {
    expect(canonicalLine('局业农\u202e县沙')).toBe('局业农县沙')
  })
})

describe('hasBidiControl', () => {
  it.each(['\u202e', '\u202d', '\u202a', '\u2066', '\u2069', '\u200f', '\u061c'])('finds U+%s', (control) => {
    expect(hasBidiControl(`沙县${control}农业局`)).toBe(true)
  })

  it('finds none in an ordinary name', () => {
    expect(hasBidiControl('三明市沙县区农业农村局（集团）')).toBe(false)
  })
})

describe('canonicalEmail', () => {
  it('matches a lookalike address to the plain one', () => {
    expect(canonicalEmail(' ＳＵＢＭＩＴＴＥＲ@test.local ')).toBe('submitter@test.local')
    expect(canonicalEmail('submitter\u200b@test.local')).toBe('submitter@test.local')
    expect(canonicalEmail('submitter＠test.local')).toBe('submitter@test.local')
  })
})

describe('plainLine and nameKey', () => {
  it('keeps a Chinese name as typed, fullwidth brackets included, without invisible characters or stray spaces', () => {
    expect(plainLine(' 将乐县万全乡人民政府\u200b（试点） ')).toBe('将乐县万全乡人民政府（试点）')
  })

  it('gives lookalikes one key: fullwidth brackets and letters, zero-width characters, Latin case', () => {
    const key = nameKey('三明市ABC科技(集团)')
    for (const lookalike of ['三明市ＡＢＣ科技（集团）', '三明市abc\u200b科技(集团)', ' 三明市Abc科技（集团）']) {
      expect(nameKey(lookalike)).toBe(key)
    }
    expect(nameKey('三明市ABC科技（分公司）')).not.toBe(key)
  })
})
