import { describe, expect, inject, it } from 'vitest'

const baseURL = inject('baseURL')

describe('the reader site', () => {
  it('serves the home page in Chinese', async () => {
    const res = await fetch(`${baseURL}/`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('lang="zh-CN"')
    expect(html).toContain('活动专题')
  })
})
