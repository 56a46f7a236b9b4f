import type { Block } from 'payload'

import { label } from '@/i18n/label'

/** A video: an uploaded MP4 or a link to one, with a caption. Used in article bodies and on topic pages. */
export const VideoBlock: Block = {
  slug: 'video',
  interfaceName: 'VideoBlock',
  labels: { singular: label('视频', 'Video'), plural: label('视频', 'Videos') },
  fields: [
    { name: 'title', label: label('标题', 'Title'), type: 'text' },
    {
      name: 'file',
      label: label('视频文件', 'Video file'),
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { equals: 'video/mp4' } },
    },
    {
      name: 'url',
      label: label('视频网址', 'Video URL'),
      type: 'text',
      admin: { description: label('没有上传文件时使用', 'Used when no file is uploaded') },
      validate: (value: string | null | undefined) =>
        !value || /^https?:\/\/\S+$/.test(value) || '请输入以 http(s):// 开头的网址 (must start with http(s)://)',
    },
    { name: 'caption', label: label('说明', 'Caption'), type: 'textarea' },
  ],
}
