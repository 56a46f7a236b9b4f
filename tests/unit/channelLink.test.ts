import { describe, expect, it } from 'vitest'

import { isChannelLink } from '@/lib/channelLink'

describe('a channel link an editor types', () => {
  it.each(['/', '/articles', '/topics/fujian-zuji-2020', 'https://www.fjsen.com/', 'http://example.cn/a?b=1'])(
    'takes %s',
    (url) => expect(isChannelLink(url)).toBe(true),
  )
  it.each([
    'www.fjsen.com',
    '//evil.example',
    'javascript:alert(1)',
    'data:text/html,x',
    'java\tscript:alert(1)',
    'https://',
    '/with space',
    '',
  ])('refuses %j', (url) => expect(isChannelLink(url)).toBe(false))
})
