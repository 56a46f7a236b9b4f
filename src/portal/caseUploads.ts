import type { Payload } from 'payload'

import { ALLOWED_TYPES } from '@/collections/Media/fileRules'
import { firstChars } from '@/lib/firstChars'
import type { Media } from '@/payload-types'

import { portalErrors, type PortalError } from './portalErrors'
import { formText } from './formState'
import type { UnitAccount } from './session'

type UploadKind = 'photo' | 'attachment'

const RULES: Record<UploadKind, { file: string; alt: string; accepts: (mime: string) => boolean; wrong: string }> = {
  photo: {
    file: 'photoFile',
    alt: 'photoAlt',
    accepts: (mime) => ALLOWED_TYPES[mime]?.kind === 'image',
    wrong: '照片只接受 JPEG、PNG、WebP 或 GIF 图片',
  },
  attachment: {
    file: 'attachmentFile',
    alt: 'attachmentAlt',
    accepts: (mime) => ALLOWED_TYPES[mime]?.kind === 'document',
    wrong: '附件只接受 PDF、Word(docx) 或 Excel(xlsx) 文件',
  },
}

const ALT_MISSING: Record<UploadKind, string> = {
  photo: '请为照片写一句说明（替代文字），供看不到图片的读者使用',
  attachment: '请填写附件名称',
}

/**
 * Stores a file chosen on the form in the media library as the unit's own upload, with its alt text. The library
 * judges the real bytes; a file of the wrong kind for its slot is removed again.
 */
export const uploadFromForm = async (
  payload: Payload,
  user: UnitAccount,
  form: FormData,
  kind: UploadKind,
): Promise<{ media: Media | null; errors: PortalError[] }> => {
  const rule = RULES[kind]
  const file = form.get(rule.file)
  if (!(file instanceof File) || file.size === 0) return { media: null, errors: [] }
  const alt = formText(form, rule.alt).trim()
  if (!alt) return { media: null, errors: [{ field: rule.alt, message: ALT_MISSING[kind] }] }
  const data = Buffer.from(await file.arrayBuffer())
  try {
    const media = await payload.create({
      collection: 'media',
      data: { alt: firstChars(alt, 200) },
      file: { data, mimetype: file.type || 'application/octet-stream', name: file.name || 'upload', size: data.length },
      user,
      overrideAccess: false,
    })
    if (rule.accepts(media.mimeType ?? '')) return { media, errors: [] }
    await payload.delete({ collection: 'media', id: media.id, user, overrideAccess: false })
    return { media: null, errors: [{ field: rule.file, message: rule.wrong }] }
  } catch (error) {
    return { media: null, errors: portalErrors(error).map((entry) => ({ ...entry, field: rule.file })) }
  }
}

/**
 * Keeps only media the case already had or the unit uploaded itself: ids come back from hidden inputs, and a
 * hand-edited form must not attach another unit's files.
 */
export const ownMediaIds = async (
  payload: Payload,
  user: UnitAccount,
  wanted: string[],
  alreadyOnCase: string[],
): Promise<string[]> => {
  const unknown = wanted.filter((id) => !alreadyOnCase.includes(id))
  if (unknown.length === 0) return wanted
  const { docs } = await payload.find({
    collection: 'media',
    where: { and: [{ id: { in: unknown } }, { uploadedBy: { equals: user.id } }] },
    pagination: false,
    depth: 0,
    select: { uploadedBy: true },
    overrideAccess: true,
  })
  const mine = new Set(docs.map((doc) => String(doc.id)))
  return wanted.filter((id) => alreadyOnCase.includes(id) || mine.has(id))
}
