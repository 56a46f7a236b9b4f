import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichTextBody } from '@/components/RichTextBody'
import { safeLinkHref } from '@/lib/safeLinkHref'

const text = (value: string) => ({
  type: 'text',
  text: value,
  version: 1,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})

/** A body of one paragraph holding one link, as the editor stores it. */
const bodyWithLink = (url: string, type: 'link' | 'autolink' = 'link') => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          { type, version: 1, fields: { linkType: 'custom', url, newTab: false }, children: [text('点这里')] },
        ],
      },
    ],
  },
})

const rendered = (url: string, type?: 'link' | 'autolink') =>
  renderToStaticMarkup(createElement(RichTextBody, { data: bodyWithLink(url, type) }))

const HOSTILE = [
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'javascript:alert(1)',
  ' java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'file:///etc/passwd',
]

describe('links in rich text', () => {
  it('renders an address that could run script as plain text, never as a link', () => {
    for (const url of HOSTILE) {
      for (const type of ['link', 'autolink'] as const) {
        const html = rendered(url, type)
        expect(html, `${type} ${url}`).not.toContain('<a')
        expect(html, `${type} ${url}`).toContain('点这里')
      }
    }
  })

  it('keeps web, mail, phone and same-site links', () => {
    for (const url of [
      'https://www.gov.cn/',
      'http://example.cn/a?b=1',
      'mailto:desk@example.cn',
      'tel:+86-591-1234',
    ]) {
      expect(rendered(url), url).toContain(`<a href="${url.replace('&', '&amp;')}">点这里</a>`)
    }
    for (const url of ['/topics/fujian-zuji-2020', '#note-1', '?page=2', 'cases/12']) {
      expect(rendered(url), url).toContain(`<a href="${url}">`)
    }
  })

  it('reads the scheme the way a browser does', () => {
    expect(safeLinkHref('HTTPS://example.cn')).toBe('HTTPS://example.cn')
    expect(safeLinkHref('vb\nscript:x')).toBeNull()
    expect(safeLinkHref('')).toBeNull()
    expect(safeLinkHref(undefined)).toBeNull()
  })
})
