import { randomBytes } from 'node:crypto'
import { createGzip } from 'node:zlib'

import { nonceTagger } from './nonceTagger.mjs'
import { NONCE_LATER_HEADER, NONCE_PLACEHOLDER, readerPolicy } from './readerPolicy.mjs'

/**
 * Requests whose answer may be a reader page: a GET or HEAD outside the admin, the API and Next's own files, and not
 * a client navigation's server-component payload (which runs no script of its own).
 */
export const mayBeReaderPage = (req) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (req.headers.rsc !== undefined) return false
  const path = (req.url ?? '/').split('?')[0]
  return !/^\/(?:admin|api|_next)(?:\/|$)/.test(path)
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|rss\+xml|javascript|manifest\+json)|image\/svg\+xml)/

/**
 * Policies already on the response (the portal's frame-ancestors) are kept, except a reader policy waiting for its
 * nonce (the Simplified page's, which the Traditional conversion passes on).
 */
const otherPolicies = (current) =>
  [current ?? []]
    .flat()
    .flatMap((header) => String(header).split(/\s*,\s*/))
    .filter((policy) => policy && !policy.includes(`'nonce-${NONCE_PLACEHOLDER}'`))

const toBuffer = (chunk, encoding) =>
  typeof chunk === 'string'
    ? Buffer.from(chunk, encoding ?? 'utf8')
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)

const withVary = (current, name) => {
  const vary = String(current ?? '')
  return new RegExp(`(^|,)\\s*${name}\\s*(,|$)`, 'i').test(vary) ? vary : vary ? `${vary}, ${name}` : name
}

/**
 * Pages are cached by Next and served the same to everyone; the nonce is added here, to the finished HTML on its way
 * out, so each answer gets a fresh one without any page rendering per request. Every script and link tag of an HTML
 * answer gets `nonce`, and the reader policy naming it is sent along. Next is asked for plain bytes (it compresses
 * when the request allows, and compressed tags cannot be found), and the answer is gzipped here instead. With
 * NONCE_LATER_HEADER the page leaves untouched and uncompressed for the hop that adds the nonce.
 */
export const withScriptNonce = (req, res) => {
  const later = req.headers[NONCE_LATER_HEADER] !== undefined
  const acceptsGzip = !later && /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))
  delete req.headers['accept-encoding']
  const nonce = randomBytes(16).toString('base64')
  const original = { writeHead: res.writeHead, write: res.write, end: res.end }
  let sink = null

  const openSink = (tag, compress) => {
    const out = { write: (bytes) => original.write.call(res, bytes), end: (done) => original.end.call(res, done) }
    if (compress) {
      const gzip = createGzip()
      // A reader who left stops the page, not the server
      gzip.on('data', (bytes) => !res.destroyed && original.write.call(res, bytes))
      let done
      gzip.on('end', () => original.end.call(res, done))
      // Flushed after each chunk, so a page Next streams in parts still reaches the reader in parts
      out.write = (bytes) => {
        gzip.write(bytes)
        gzip.flush()
      }
      out.end = (callback) => {
        done = callback
        gzip.end()
      }
    }
    if (!tag) return out
    const tagger = nonceTagger(nonce, out.write)
    return { write: (bytes) => tagger.write(bytes), end: (callback) => (tagger.end(), out.end(callback)) }
  }

  res.writeHead = function (statusCode, ...rest) {
    const headers = rest.at(-1)
    if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
      rest = rest.slice(0, -1)
    }
    const type = String(res.getHeader('content-type') ?? '')
    const hasBody = req.method !== 'HEAD' && statusCode !== 204 && statusCode !== 304
    const encoded = res.getHeader('content-encoding') !== undefined
    const page = type.startsWith('text/html') && !encoded
    if (page) {
      const policy = readerPolicy(later ? NONCE_PLACEHOLDER : nonce)
      // One header, the policies comma-joined (as two headers would be read): a front that rewrites the header sees
      // all of it
      res.setHeader(
        'content-security-policy',
        [...otherPolicies(res.getHeader('content-security-policy')), policy].join(', '),
      )
    }
    const compressible = !later && !encoded && COMPRESSIBLE.test(type)
    if (compressible) res.setHeader('vary', withVary(res.getHeader('vary'), 'Accept-Encoding'))
    const tag = page && !later && hasBody
    const compress = compressible && acceptsGzip && hasBody
    if (tag || compress) {
      res.removeHeader('content-length')
      if (compress) res.setHeader('content-encoding', 'gzip')
      sink = openSink(tag, compress)
    }
    return original.writeHead.call(res, statusCode, ...rest)
  }

  res.write = function (chunk, encoding, callback) {
    if (!res.headersSent) res.writeHead(res.statusCode)
    if (!sink) return original.write.call(res, chunk, encoding, callback)
    if (typeof encoding === 'function') callback = encoding
    sink.write(toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined))
    if (typeof callback === 'function') process.nextTick(callback)
    // A page is at most a few hundred kilobytes: taken at once rather than paced by the socket
    return true
  }

  res.end = function (chunk, encoding, callback) {
    if (typeof chunk === 'function') [chunk, callback] = [undefined, chunk]
    else if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding]
    if (!res.headersSent) res.writeHead(res.statusCode)
    if (!sink) return original.end.call(res, chunk, encoding, callback)
    if (chunk !== undefined && chunk !== null && chunk.length) {
      sink.write(toBuffer(chunk, encoding))
    }
    sink.end(callback)
    return res
  }
}
