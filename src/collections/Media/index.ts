import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isLoggedIn } from '@/access/isLoggedIn'
import { collectionLabels, label } from '@/i18n/label'
import { mediaDir } from '@/config/paths'

import { editorOrUploader } from './access'
import { ALLOWED_TYPES } from './fileRules'
import { checkUploadedFile } from './hooks/checkUploadedFile'
import { recordUploader } from './hooks/recordUploader'

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
    read: anyone,
    create: isLoggedIn,
    update: editorOrUploader,
    delete: editorOrUploader,
  },
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [recordUploader],
  },
  upload: {
    staticDir: path.resolve(mediaDir),
    mimeTypes: Object.keys(ALLOWED_TYPES),
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp },
      { name: 'hero', width: 1600, formatOptions: webp },
    ],
  },
  fields: [
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
  ],
}
