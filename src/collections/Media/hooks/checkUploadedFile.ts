import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'

import { UserFacingError } from '@/lib/UserFacingError'

import { SIZE_LIMITS, filenameForType, formatMegabytes, judgeUpload } from '../fileRules'

/**
 * Runs before Payload touches the file, so a refused upload never reaches media/. Payload's own check falls back
 * to the extension when the bytes match no known format, which would let an HTML page named .jpg through.
 */
export const checkUploadedFile: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) {
    if (operation === 'create') throw new UserFacingError('fileMissing', 400, req)
    return args
  }
  const detected = file.tempFilePath ? await fileTypeFromFile(file.tempFilePath) : await fileTypeFromBuffer(file.data)
  const verdict = judgeUpload(detected?.mime, file.size ?? file.data.length)
  if (!verdict.ok) {
    throw new UserFacingError(verdict.reason, verdict.reason === 'fileTooLarge' ? 413 : 415, req, {
      limit: formatMegabytes(SIZE_LIMITS.image),
      videoLimit: formatMegabytes(SIZE_LIMITS.video),
    })
  }
  file.mimetype = verdict.mime
  file.name = filenameForType(file.name, verdict.ext)
  return args
}
