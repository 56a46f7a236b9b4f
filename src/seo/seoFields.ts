import {
  MetaDescriptionField,
  MetaImageField,
  MetaTitleField,
  OverviewField,
  PreviewField,
} from '@payloadcms/plugin-seo/fields'
import type { Field } from 'payload'

import { label } from '@/i18n/label'

/**
 * Lengths in Chinese characters as Baidu and Google show them (a Chinese character is about two Latin ones wide):
 * the SEO plugin's own 50–60 and 100–150 are counts of Latin letters.
 */
export const CHINESE_SEO_LENGTHS = {
  title: { minLength: 10, maxLength: 30 },
  description: { minLength: 40, maxLength: 80 },
} as const

// Hints, not rules: an editor may publish a longer title, so the lengths must not become validation.
const hintOnly = () => true as const

/** The SEO plugin's fields with Chinese labels and Chinese-length hints. */
export const seoFields = (): Field[] => [
  OverviewField({
    titleOverrides: CHINESE_SEO_LENGTHS.title,
    descriptionOverrides: CHINESE_SEO_LENGTHS.description,
    overrides: { label: label('概览', 'Overview') },
  }),
  MetaTitleField({
    hasGenerateFn: true,
    overrides: { label: label('搜索标题', 'Meta title'), ...CHINESE_SEO_LENGTHS.title, validate: hintOnly },
  }),
  MetaDescriptionField({
    hasGenerateFn: true,
    overrides: {
      label: label('搜索摘要', 'Meta description'),
      ...CHINESE_SEO_LENGTHS.description,
      validate: hintOnly,
    },
  }),
  MetaImageField({ relationTo: 'media', overrides: { label: label('分享图片', 'Meta image') } }),
  PreviewField({ overrides: { label: label('预览', 'Preview') } }),
]
