import type { FieldHook } from 'payload'

import { nameKey, plainLine } from '@/lib/canonicalText'

/** Stores a unit's name as typed, cleaned of invisible characters and stray spaces, whichever way it arrives. */
export const plainName: FieldHook = ({ value }) => (typeof value === 'string' ? plainLine(value) : value)

/**
 * The name's comparison key (fullwidth forms folded, invisible and bidi characters gone, case ignored), always
 * computed from the name, never taken from the request: its unique index refuses a lookalike of an existing name
 * however the unit is created.
 */
export const keyFromName: FieldHook = ({ data, originalDoc }) => {
  const name = data?.name ?? originalDoc?.name
  return typeof name === 'string' ? nameKey(name) : undefined
}
