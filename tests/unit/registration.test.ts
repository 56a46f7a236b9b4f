import { describe, expect, it } from 'vitest'

import { validateRegistration } from '@/collections/Organizations/registration/validateRegistration'

const good = {
  name: '  三明市  沙县区农业农村局 ',
  kind: 'government-department',
  region: '350427',
  contactPerson: '张  敏',
  phone: '0598 5800000',
  email: ' Office@ShaXian.example.cn ',
  password: 'correct-horse-10',
}

const problems = (body: unknown) => {
  const result = validateRegistration(body)
  return result.ok ? {} : Object.fromEntries(result.errors.map((error) => [error.field, error.message]))
}

describe('validateRegistration', () => {
  it('accepts a complete form and tidies what people type', () => {
    expect(validateRegistration(good)).toEqual({
      ok: true,
      value: {
        name: '三明市 沙县区农业农村局',
        kind: 'government-department',
        region: '350427',
        contactPerson: '张 敏',
        phone: '05985800000',
        email: 'office@shaxian.example.cn',
        password: 'correct-horse-10',
      },
    })
  })

  it('reads only its own fields, so roles and approval sent along change nothing', () => {
    const result = validateRegistration({ ...good, roles: ['admin'], approval: 'approved', organization: 1 })
    expect(result.ok && Object.keys(result.value).sort()).toEqual(
      ['contactPerson', 'email', 'kind', 'name', 'password', 'phone', 'region'].sort(),
    )
  })

  it('names every wrong field at once, in form order, in Chinese', () => {
    const result = validateRegistration({})
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual([
      'name',
      'kind',
      'region',
      'contactPerson',
      'phone',
      'email',
      'password',
    ])
    expect(result.ok ? [] : result.errors.every((error) => /[\u4e00-\u9fff]/.test(error.message))).toBe(true)
  })

  it.each([null, 'text', 42, ['a'], { name: { $ne: '' } }])('refuses a body that is not a form: %j', (body) => {
    expect(validateRegistration(body).ok).toBe(false)
  })

  it('refuses names too short, too long or holding control characters, counting Chinese characters as one', () => {
    expect(problems({ ...good, name: '局' }).name).toContain('2 到 60')
    expect(problems({ ...good, name: '闽'.repeat(60) }).name).toBeUndefined()
    expect(problems({ ...good, name: '闽'.repeat(61) }).name).toBeDefined()
    expect(problems({ ...good, name: '沙县\u0000农业局' }).name).toBeDefined()
    expect(problems({ ...good, contactPerson: '张\n敏' }).contactPerson).toBeDefined()
  })

  it('accepts only the kinds on offer, never inherited object keys', () => {
    expect(problems({ ...good, kind: 'media' }).kind).toBeUndefined()
    expect(problems({ ...good, kind: 'ministry' }).kind).toBe('请选择单位类型')
    expect(problems({ ...good, kind: 'toString' }).kind).toBe('请选择单位类型')
  })

  it('takes a region as a 6- or 12-digit division code', () => {
    expect(problems({ ...good, region: '350427001000' }).region).toBeUndefined()
    expect(problems({ ...good, region: '3504' }).region).toBeDefined()
    expect(problems({ ...good, region: 3504270 }).region).toBeDefined()
  })

  it.each(['13800000000', '0591-87000000', '059187000000', '0591-87000000-123', '(0591) 8700 0000', '010-12345678'])(
    'accepts the phone number %s',
    (phone) => expect(problems({ ...good, phone }).phone).toBeUndefined(),
  )

  it.each(['12345', '12800000000', '1380000000', '87000000', '0591-87000000-1234567', '+86 abc'])(
    'refuses the phone number %s',
    (phone) => expect(problems({ ...good, phone }).phone).toBeDefined(),
  )

  it.each([
    'a@b',
    'no-at.example.cn',
    'two@@example.cn',
    'a..b@example.cn',
    'space in@example.cn',
    `${'x'.repeat(250)}@ex.cn`,
    'ünit@shaxian.example.cn',
    '单位@shaxian.example.cn',
  ])('refuses the email %s', (email) => expect(problems({ ...good, email }).email).toBe('请填写有效的电子邮箱'))

  it('stores a lookalike name or email as the plain text it looks like', () => {
    const result = validateRegistration({
      ...good,
      name: '三明市\u200b沙县区农业农村局\u3000',
      contactPerson: '张\ufeff敏',
      email: 'ｏｆｆｉｃｅ\u200b@ShaXian.example.cn',
    })
    expect(result.ok && [result.value.name, result.value.contactPerson, result.value.email]).toEqual([
      '三明市沙县区农业农村局',
      '张敏',
      'office@shaxian.example.cn',
    ])
  })

  it('refuses a name or contact person holding a bidi control such as U+202E', () => {
    expect(problems({ ...good, name: '沙县区\u202e局村农业农' }).name).toContain('控制字符')
    expect(problems({ ...good, name: '沙县区\u2066农业农村局\u2069' }).name).toBeDefined()
    expect(problems({ ...good, contactPerson: '张\u202e敏' }).contactPerson).toBeDefined()
  })

  it('needs a password of at least 10 characters that is not all spaces', () => {
    expect(problems({ ...good, password: '123456789' }).password).toContain('至少 10')
    expect(problems({ ...good, password: '1234567890' }).password).toBeUndefined()
    expect(problems({ ...good, password: ' '.repeat(12) }).password).toBe('密码不能全是空格')
    expect(problems({ ...good, password: 'x'.repeat(129) }).password).toBeDefined()
  })
})
