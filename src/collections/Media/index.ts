import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { isLoggedIn } from '@/access/isLoggedIn'
import { collectionLabels, label } from '@/i18n/label'
import { mediaDir } from '@/config/paths'

import { editorOrUploader, never, readMedia } from './access'
import { fileResponseHeaders } from './fileResponseHeaders'
import { ALLOWED_TYPES } from './fileRules'
import { checkUploadedFile } from './hooks/checkUploadedFile'
import { recordUploader } from './hooks/recordUploader'
import { sweepAfterFailedUpload } from './sweepOrphanFiles'

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: collectionLabels('媒体', 'Media', 'Media'),
  admin: {
    group: label('系统', 'System'),
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
  },
  access: {
    read: readMedia,
    create: isLoggedIn,
    update: editorOrUploader,
    delete: editorOrUploader,
  },
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [recordUploader],
    afterError: [sweepAfterFailedUpload],
  },
  upload: {
    staticDir: path.resolve(mediaDir),
    mimeTypes: Object.keys(ALLOWED_TYPES),
    adminThumbnail: 'thumbnail',
    modifyResponseHeaders: fileResponseHeaders,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp },
      { name: 'hero', width: 1600, formatOptions: webp },
    ],
  },
  fields: [
    // Payload's own upload fields, named in Chinese: their labels are fixed English words (merged with Payload's
    // definitions by name, so nothing else about them changes)
    { name: 'mimeType', type: 'text', label: label('文件类型', 'MIME type') },
    { name: 'thumbnailURL', type: 'text', label: label('缩略图地址', 'Thumbnail URL') },
    { name: 'url', type: 'text', label: label('文件地址', 'URL') },
    { name: 'alt', label: label('替代文字', 'Alt text'), type: 'text', required: true, maxLength: 200 },
    { name: 'caption', label: label('图片说明', 'Caption'), type: 'textarea' },
    { name: 'credit', label: label('署名', 'Credit'), type: 'text' },
    {
      name: 'uploadedBy',
      label: label('上传者', 'Uploaded by'),
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'visibleToReaders',
      label: label('读者可见', 'Visible to readers'),
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: never, update: never },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label(
          '编辑上传的文件即时公开；申报单位上传的文件在其案例公开（入围、公示、优秀）后才公开',
          'Staff uploads are public at once; a unit’s once its case is public (shortlisted, in publicity, excellent)',
        ),
      },
    },
  ],
}
