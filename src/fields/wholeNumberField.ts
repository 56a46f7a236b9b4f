import type { Field } from 'payload'

import { label } from '@/i18n/label'

/** A count that cannot be negative or fractional: people, items, visits. Left empty, it is unknown, not zero. */
export const wholeNumberField = (
  name: string,
  zh: string,
  en: string,
  description?: ReturnType<typeof label>,
): Field => ({
  name,
  label: label(zh, en),
  type: 'number',
  min: 0,
  admin: description ? { description } : undefined,
  validate: (value: number | null | undefined) => value == null || Number.isInteger(value) || '请填写整数',
})
