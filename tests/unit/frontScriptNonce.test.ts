import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderTemplate, startNginx, type RunningNginx } from '../../bench/nginx'
import { NONCE_LATER_HEADER, NONCE_PLACEHOLDER, readerPolicy } from '../../src/csp/readerPolicy.mjs'
import { freePort } from '../helpers/freePort'

const hasNginx = spawnSync('sh', ['-c', 'command -v nginx']).status === 0

const PAGE =
  '<!DOCTYPE html><html><head><link rel="preload" as="script" href="/_next/static/a.js"/>' +
  '<script src="/_next/static/a.js" async=""></script></head><body><p>新闻专题</p>' +
  '<script>self.__next_f.push([1,"x"])</script></body></html>'

/** The nonce a response's policy allows, and the nonce on each of its script and link tags. */
const noncesOf = async (res: Response) => {
  const policy = res.headers.get('content-security-policy') ?? ''
  const tags = [...(await res.text()).matchAll(/<(?:script|link)\b[^>]*>/g)].map((tag) => tag[0])
  return {
    policy: policy.match(/'nonce-([^']*)'/)?.[1],
    tags: tags.map((tag) => tag.match(/ nonce="([^"]*)"/)?.[1]),
  }
}

/**
 * deploy/nginx.conf in front of a stand-in app that answers as server.mjs does when the front says it adds the nonce
 * itself: the page without nonces, the reader policy with the placeholder.
 */
describe.skipIf(!hasNginx)('script nonces at the production front (deploy/nginx.conf)', () => {
  let upstream: http.Server
  let front: RunningNginx
  let base = ''
  const asked: http.IncomingHttpHeaders[] = []
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-front-nonce-'))

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      asked.push(req.headers)
      if (req.url?.startsWith('/admin')) {
        res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "frame-ancestors 'none'" })
        res.end('<html><script src="/admin.js"></script></html>')
        return
      }
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `frame-ancestors 'none', ${readerPolicy(NONCE_PLACEHOLDER)}`,
      })
      res.end(PAGE)
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    const appPort = (upstream.address() as AddressInfo).port
    const [port, stamper] = [await freePort(), await freePort()]
    fs.chmodSync(prefix, 0o755)
    const config = renderTemplate(fs.readFileSync(path.resolve('deploy/nginx.conf'), 'utf8'), {
      NEWSROOM_LISTEN: `127.0.0.1:${port}`,
      NEWSROOM_UPSTREAM: `127.0.0.1:${appPort}`,
      NEWSROOM_STAMPER: `127.0.0.1:${stamper}`,
    })
    front = await startNginx(prefix, config, port)
    base = `http://127.0.0.1:${port}`
  })

  afterAll(async () => {
    await front?.stop()
    upstream?.close()
    fs.rmSync(prefix, { recursive: true, force: true })
  })

  it('gives each answer, cached or not, its own nonce on every tag and in the policy', async () => {
    const seen = new Set<string>()
    for (const encoding of ['gzip', 'gzip', 'identity', 'identity']) {
      const res = await fetch(`${base}/topics/a`, { headers: { 'accept-encoding': encoding } })
      expect(res.headers.get('content-encoding')).toBe(encoding === 'gzip' ? 'gzip' : null)
      const policy = res.headers.get('content-security-policy')
      expect(policy).toContain("frame-ancestors 'none', default-src 'self'")
      expect(policy).not.toContain(NONCE_PLACEHOLDER)
      const { policy: nonce, tags } = await noncesOf(res)
      expect(nonce).toMatch(/^[0-9a-f]{32}$/)
      expect(tags).toEqual([nonce, nonce, nonce])
      seen.add(nonce!)
    }
    expect(seen.size).toBe(4)
    expect(asked.length).toBeLessThan(4)
  })

  it('asks the app for pages without nonces, so its cache holds none', async () => {
    await (await fetch(`${base}/topics/b`)).text()
    expect(asked.at(-1)?.[NONCE_LATER_HEADER]).toBeDefined()
  })

  it('passes the admin’s own policy on as the app sent it', async () => {
    const res = await fetch(`${base}/admin`)
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'")
    await res.text()
  })
})
