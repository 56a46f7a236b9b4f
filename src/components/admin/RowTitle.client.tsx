'use client'

import { getTranslation } from '@payloadcms/translations'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

type Props = {
  /** What one row is, in each admin language, e.g. { zh: '快照', … }. */
  noun: Record<string, string>
  /** A text field of the row whose value names it (a counter's 名称, a host's 姓名). */
  titleField?: string
}

/**
 * An array row's heading in the admin's language (快照 1), followed by what the row names once it is filled.
 * Payload's own falls back to the English field name ("Counter 01") where an array has no labels.
 */
export function RowTitle({ noun, titleField }: Props) {
  const { data, rowNumber = 0 } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const title = titleField ? data?.[titleField] : undefined
  const heading = `${getTranslation(noun, i18n)} ${rowNumber + 1}`
  return (
    <span className="row-title">
      {heading}
      {typeof title === 'string' && title.trim() ? `：${title.trim()}` : ''}
    </span>
  )
}
