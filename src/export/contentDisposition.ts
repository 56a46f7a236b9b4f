// Characters no file system or browser accepts in a file name, and control characters.
const UNSAFE_IN_FILENAME = /[\u0000-\u001f\u007f\\/:*?"<>|]+/g

// encodeURIComponent leaves these as they are, but RFC 5987 does not allow them unencoded.
const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)

/**
 * `attachment` with the Chinese file name as RFC 5987 `filename*` (every current browser uses it) and an ASCII
 * `filename` for the clients that do not.
 */
export const attachmentHeader = (filename: string, asciiFallback: string): string => {
  const fallback = asciiFallback.replace(/[^A-Za-z0-9._-]+/g, '-')
  const name = Array.from(filename.replace(UNSAFE_IN_FILENAME, ' ').trim()).slice(0, 150).join('') || fallback
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`
}
