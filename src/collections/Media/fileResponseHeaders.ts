/**
 * Headers for a file served from /api/media/file: the browser must not guess another type from the bytes (nosniff),
 * and a document (PDF, Word, Excel) is downloaded rather than opened on this site's origin, where a crafted file
 * would run with the reader's session. Pictures and video stay inline, as pages embed them.
 */
export const fileResponseHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = headers.get('Content-Type') ?? ''
  if (!type.startsWith('image/') && !type.startsWith('video/')) headers.set('Content-Disposition', 'attachment')
  return headers
}
