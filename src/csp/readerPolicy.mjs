/**
 * The reader site's Content-Security-Policy. Scripts run only with this response's nonce, and what those scripts load
 * later (Next's chunks) runs through 'strict-dynamic'; there is no 'unsafe-inline' for scripts, so markup that slips
 * into a page cannot run code. Styles keep 'unsafe-inline': React writes style attributes (the site header's links)
 * and the cost of hashing each is not worth what an injected style could do. Linked videos may come from any https
 * site (the video block takes a URL); everything else is this origin's.
 */
export const readerPolicy = (nonce) =>
  [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')

/**
 * A request carrying this header (any value) says that the hop which hands the page on adds the nonce: the shipped
 * nginx front (deploy/nginx.conf), whose cache must hold pages without one, and the app's own Traditional conversion
 * (src/script/traditionalPage.ts), which converts the page before it is sent. The page then leaves with its tags
 * untouched and the policy naming NONCE_PLACEHOLDER. A client sending it itself only blocks its own page's scripts.
 */
export const NONCE_LATER_HEADER = 'x-newsroom-nonce-later'

/**
 * Stands where the nonce goes until the next hop puts one there. Not a valid nonce (braces), so a policy passed on
 * unfilled allows no script at all rather than one whose nonce anyone can read here.
 */
export const NONCE_PLACEHOLDER = '{nonce}'
