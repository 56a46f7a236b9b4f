import type { Field } from 'payload'

import { label } from '@/i18n/label'
import { isRedirectTarget, isSameSitePath } from '@/lib/redirectAddress'

const validFrom = (value: unknown) =>
  typeof value !== 'string' ||
  isSameSitePath(value) ||
  '旧地址必须是本站路径，以 / 开头，不含控制字符 (must be a path on this site starting with /)'

const validTo = (value: unknown) =>
  typeof value !== 'string' ||
  !value ||
  isRedirectTarget(value) ||
  '目标必须是本站路径或 http(s) 网址，不含控制字符 (must be a path on this site or an http(s) address)'

/** The redirects plugin's fields, with both addresses checked: the target becomes a Location header. */
export const redirectFields = ({ defaultFields }: { defaultFields: Field[] }): Field[] =>
  defaultFields.map((field) => {
    if (!('name' in field)) return field
    if (field.name === 'from' && field.type === 'text') return { ...field, validate: validFrom }
    if (field.name === 'to' && field.type === 'group') {
      return {
        ...field,
        // The plugin leaves the group unlabelled, so the admin showed its name, "to", in the list's columns
        label: label('跳转目标', 'Redirect to'),
        fields: field.fields.map((sub) =>
          'name' in sub && sub.name === 'url' && sub.type === 'text' ? { ...sub, validate: validTo } : sub,
        ),
      }
    }
    return field
  })
