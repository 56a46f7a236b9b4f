/** What the media library accepts, judged on a file's real bytes. Pure, so it is unit-tested without Payload. */
export const MB = 1024 * 1024

export type MediaKind = 'image' | 'document' | 'video'

export const ALLOWED_TYPES: Record<string, { kind: MediaKind; ext: string }> = {
  'image/jpeg': { kind: 'image', ext: 'jpg' },
  'image/png': { kind: 'image', ext: 'png' },
  'image/webp': { kind: 'image', ext: 'webp' },
  'image/gif': { kind: 'image', ext: 'gif' },
  'application/pdf': { kind: 'document', ext: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { kind: 'document', ext: 'docx' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { kind: 'document', ext: 'xlsx' },
  'video/mp4': { kind: 'video', ext: 'mp4' },
}

export const SIZE_LIMITS: Record<MediaKind, number> = {
  image: 20 * MB,
  document: 20 * MB,
  video: 500 * MB,
}

/** The largest upload of any kind; the multipart parser stops reading beyond it. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(SIZE_LIMITS))

export type UploadVerdict =
  | { ok: true; kind: MediaKind; mime: string; ext: string }
  | { ok: false; reason: 'fileTypeNotAllowed' | 'fileTooLarge' }

/** `detectedMime` is what the bytes say (undefined when they match no known format, e.g. HTML or plain text). */
export const judgeUpload = (detectedMime: string | undefined, size: number): UploadVerdict => {
  const allowed = detectedMime ? ALLOWED_TYPES[detectedMime] : undefined
  if (!allowed || !detectedMime) return { ok: false, reason: 'fileTypeNotAllowed' }
  if (size > SIZE_LIMITS[allowed.kind]) return { ok: false, reason: 'fileTooLarge' }
  return { ok: true, kind: allowed.kind, mime: detectedMime, ext: allowed.ext }
}

/**
 * Gives the stored name the extension of its real type, so a PNG sent as photo.jpg is kept as photo.png. Control
 * characters and path separators are dropped first: the name becomes a path in media/, and the file system refuses
 * a NUL byte with an exception.
 */
export const filenameForType = (sentName: string, ext: string): string => {
  const name = sentName.replace(/[\u0000-\u001f\u007f/\\]/g, '').trim() || 'file'
  const dot = name.lastIndexOf('.')
  const base = dot > 0 ? name.slice(0, dot) : name
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  const same = current === ext || (ext === 'jpg' && current === 'jpeg')
  return same ? name : `${base}.${ext}`
}

export const formatMegabytes = (bytes: number): string => `${Math.round(bytes / MB)} MB`
