import { describe, expect, it } from 'vitest'

import { nonceTagger } from '@/csp/nonceTagger.mjs'

const page =
  '<!DOCTYPE html><html lang="zh-CN"><head><link rel="preload" as="script" href="/_next/a.js"/>' +
  '<script src="/_next/a.js" async=""></script></head><body><p>新闻专题 &lt;script&gt;alert(1)&lt;/script&gt;</p>' +
  '<noscript>无脚本</noscript><script>self.__next_f.push([1,"\\u003cscript"])</script><link/></body></html>'

/** The page cut into pieces at the given byte offsets, passed through a tagger, joined again. */
const tagged = (html: string, cuts: number[]) => {
  const bytes = Buffer.from(html)
  const out: Buffer[] = []
  const tagger = nonceTagger('n0nce', (chunk: Buffer) => out.push(chunk))
  let from = 0
  for (const cut of [...cuts, bytes.length]) {
    tagger.write(bytes.subarray(from, cut))
    from = cut
  }
  tagger.end()
  return Buffer.concat(out).toString()
}

const expected = page
  .replace('<link rel', '<link nonce="n0nce" rel')
  .replace('<script src', '<script nonce="n0nce" src')
  .replace('<script>self', '<script nonce="n0nce">self')
  .replace('<link/>', '<link nonce="n0nce"/>')

describe('the nonce tagger', () => {
  it('gives every script and link tag the nonce, and leaves escaped text, noscript and UTF-8 as they were', () => {
    expect(tagged(page, [])).toBe(expected)
  })

  it('finds tags cut between any two chunks, even inside a Chinese character', () => {
    const length = Buffer.byteLength(page)
    for (let cut = 1; cut < length; cut++) expect(tagged(page, [cut]), `cut at ${cut}`).toBe(expected)
    expect(
      tagged(
        page,
        Array.from({ length: length - 1 }, (_, n) => n + 1),
      ),
    ).toBe(expected)
  })
})
