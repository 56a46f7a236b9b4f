import { describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES, MB, filenameForType, judgeUpload } from '@/collections/Media/fileRules'

describe('judgeUpload', () => {
  it('accepts each allowed kind within its limit', () => {
    expect(judgeUpload('image/jpeg', 5 * MB)).toMatchObject({ ok: true, kind: 'image', ext: 'jpg' })
    expect(judgeUpload('image/webp', MB)).toMatchObject({ ok: true, ext: 'webp' })
    expect(judgeUpload('application/pdf', 19 * MB)).toMatchObject({ ok: true, kind: 'document' })
    expect(judgeUpload('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', MB)).toMatchObject({
      ok: true,
      ext: 'xlsx',
    })
    expect(judgeUpload('video/mp4', 400 * MB)).toMatchObject({ ok: true, kind: 'video' })
  })

  it('refuses bytes of no known type (an HTML page, plain text) and types off the list', () => {
    expect(judgeUpload(undefined, 100)).toEqual({ ok: false, reason: 'fileTypeNotAllowed' })
    expect(judgeUpload('image/svg+xml', 100)).toEqual({ ok: false, reason: 'fileTypeNotAllowed' })
    expect(judgeUpload('application/x-msdownload', 100)).toEqual({ ok: false, reason: 'fileTypeNotAllowed' })
    expect(judgeUpload('application/zip', 100)).toEqual({ ok: false, reason: 'fileTypeNotAllowed' })
  })

  it('limits images and documents to 20 MB and video to 500 MB', () => {
    expect(judgeUpload('image/png', 20 * MB)).toMatchObject({ ok: true })
    expect(judgeUpload('image/png', 20 * MB + 1)).toEqual({ ok: false, reason: 'fileTooLarge' })
    expect(judgeUpload('application/pdf', 30 * MB)).toEqual({ ok: false, reason: 'fileTooLarge' })
    expect(judgeUpload('video/mp4', 500 * MB + 1)).toEqual({ ok: false, reason: 'fileTooLarge' })
    expect(MAX_UPLOAD_BYTES).toBe(500 * MB)
  })
})

describe('filenameForType', () => {
  it('keeps a name whose extension matches, including .jpeg for JPEG', () => {
    expect(filenameForType('安贞堡.jpg', 'jpg')).toBe('安贞堡.jpg')
    expect(filenameForType('photo.JPEG', 'jpg')).toBe('photo.JPEG')
  })

  it('gives a mislabelled file the extension of its real type', () => {
    expect(filenameForType('photo.jpg', 'png')).toBe('photo.png')
    expect(filenameForType('report', 'pdf')).toBe('report.pdf')
  })

  it('drops control characters and path separators from the name it stores', () => {
    expect(filenameForType('evil\u0000.php\u0000photo.png', 'png')).toBe('evil.phpphoto.png')
    expect(filenameForType('../../etc\\passwd\r\n.pdf', 'pdf')).toBe('....etcpasswd.pdf')
    expect(filenameForType('\u0000', 'png')).toBe('file.png')
  })
})
