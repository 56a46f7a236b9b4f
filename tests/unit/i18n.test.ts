import { describe, expect, it } from 'vitest'

import { withDefaultLanguage } from '@/config/adminLanguage'
import { label, options } from '@/i18n/label'
import { MESSAGES, messageIn } from '@/i18n/messages'

describe('admin labels', () => {
  it('show Chinese alone in both scripts, English only in the English interface', () => {
    expect(label('行政区划代码', 'Division code')).toEqual({
      zh: '行政区划代码',
      'zh-TW': '行政區劃代碼',
      en: 'Division code',
    })
  })

  it('convert by phrase, not character by character, for Traditional Chinese', () => {
    expect(label('头发', 'Hair')['zh-TW']).toBe('頭髮')
    expect(label('发展', 'Development')['zh-TW']).toBe('發展')
  })

  it('build select options from one table', () => {
    expect(options({ media: ['媒体', 'Media'] })).toEqual([{ value: 'media', label: label('媒体', 'Media') }])
  })
})

describe('messages', () => {
  it('are Chinese by default, Traditional or English on request, with values filled in', () => {
    expect(messageIn(undefined, 'fileMissing')).toBe(MESSAGES.fileMissing.zh)
    expect(messageIn('zh-TW', 'rolesAdminOnly')).toBe('只有管理員可以設置或更改賬號角色。')
    expect(messageIn('en', 'fileTooLarge')).toBe('File too large')
    expect(messageIn('zh', 'fileTooLarge', { limit: '20 MB', videoLimit: '500 MB' })).toContain('不能超过 20 MB')
  })
})

describe('admin language default', () => {
  it('adds Simplified Chinese when the browser has chosen nothing', () => {
    expect(withDefaultLanguage(null)).toBe('payload-lng=zh')
    expect(withDefaultLanguage('payload-token=abc')).toBe('payload-token=abc; payload-lng=zh')
  })

  it('keeps a language the user picked', () => {
    expect(withDefaultLanguage('payload-lng=en; payload-token=abc')).toBeNull()
  })
})
