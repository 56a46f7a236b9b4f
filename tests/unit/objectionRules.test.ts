import { describe, expect, it } from 'vitest'

import { checkDecision, checkObjection, mayObject } from '@/workflow/objectionRules'

const NOW = new Date('2026-11-22T08:00:00Z')

describe('filing an objection', () => {
  it('accepts a name, an email or phone and a reason, trimmed', () => {
    expect(checkObjection({ name: ' 张三 ', contact: '0591-87654321', reason: ' 数据不实 ' })).toEqual({
      ok: true,
      value: { name: '张三', contact: '0591-87654321', reason: '数据不实' },
    })
    expect(checkObjection({ name: '李四', contact: 'li@example.cn', reason: '数据不实' }).ok).toBe(true)
  })

  it('names every field that is missing, too long or not a way to reach the objector', () => {
    const result = checkObjection({ name: 'x'.repeat(41), contact: 'javascript:alert(1)', reason: 42 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      { field: 'name', message: '姓名不能超过 40 字' },
      { field: 'contact', message: '联系方式请填写电子邮箱或电话号码' },
      { field: 'reason', message: '请填写异议理由' },
    ])
    expect(checkObjection(null).ok).toBe(false)
    expect(checkObjection('text').ok).toBe(false)
  })

  it('refuses control characters the database would cut at, keeping line breaks in the reason', () => {
    const result = checkObjection({
      name: 'evil\u0000.php',
      contact: 'a@b.cn\r\nBcc: x@evil.example',
      reason: '不实\u0000',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((error) => [error.field, error.message])).toEqual([
      ['name', '姓名含有控制字符，请直接输入文字'],
      ['contact', '联系方式含有控制字符，请直接输入文字'],
      ['reason', '异议理由含有控制字符，请直接输入文字'],
    ])
    expect(checkObjection({ name: '张三', contact: 'a@b.cn', reason: '第一，\n\t数据不实。\r\n第二，…' }).ok).toBe(true)
  })

  it('is open only while a proposed case is in publicity', () => {
    const later = '2026-11-29T08:00:00Z'
    expect(mayObject('proposed', later, NOW)).toBe(true)
    expect(mayObject('proposed', '2026-11-22T07:59:59Z', NOW)).toBe(false)
    expect(mayObject('proposed', null, NOW)).toBe(false)
    expect(mayObject('shortlisted', later, NOW)).toBe(false)
    expect(mayObject('excellent', later, NOW)).toBe(false)
  })
})

describe("an editor's decision", () => {
  it('needs upheld or dismissed and a reason, once', () => {
    expect(checkDecision('pending', { decision: 'upheld', reason: ' 属实 ' })).toEqual({
      ok: true,
      value: { decision: 'upheld', reason: '属实' },
    })
    expect(checkDecision('pending', { decision: 'dismissed', reason: '' })).toMatchObject({
      ok: false,
      status: 400,
      code: 'reasonRequired',
    })
    expect(checkDecision('pending', { decision: 'pending', reason: '属实' })).toMatchObject({ code: 'badDecision' })
    expect(checkDecision('pending', { decision: 'upheld', reason: 'x'.repeat(501) })).toMatchObject({
      code: 'reasonTooLong',
    })
    expect(checkDecision('upheld', { decision: 'dismissed', reason: '改判' })).toMatchObject({
      ok: false,
      status: 409,
      code: 'alreadyDecided',
    })
  })
})
