import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * The collection's own read access for the caller, asked once: true, false, or the condition every query of theirs
 * must add. A long read (thousands of rows: an export, a reindex) goes to the database adapter directly, without
 * Payload's pass over every document, and asking the collection's rule keeps who may read what written in one place.
 * Field access is not applied this way: callers use only the fields the caller may see.
 */
export const readRule = async (req: PayloadRequest, collection: CollectionSlug): Promise<boolean | Where> => {
  const read = req.payload.collections[collection].config.access.read
  return read ? await read({ req }) : Boolean(req.user)
}

/** `where`, limited to what the rule allows; null when it allows nothing. */
export const withinRule = (where: Where, rule: boolean | Where): Where | null =>
  rule === false ? null : rule === true ? where : { and: [where, rule] }

type Value = string | number

/**
 * The rule for one page of rows whose `field` is one of `values`: every `in` list the rule holds on that field cut
 * down to the page's own values. Once ANDed with the page's condition it matches the same rows, but the query no
 * longer carries the rule's whole list (a reviewer's rule names every case they ever scored) on every page.
 */
export const narrowedTo = (rule: boolean | Where, field: string, values: readonly Value[]): boolean | Where => {
  if (typeof rule === 'boolean') return rule
  const keep = new Set(values.map(String))
  const narrow = (where: Where): Where =>
    Object.fromEntries(
      Object.entries(where).map(([key, condition]) => {
        if ((key === 'and' || key === 'or') && Array.isArray(condition)) return [key, condition.map(narrow)]
        const list = key === field ? (condition as { in?: unknown })?.in : undefined
        if (!Array.isArray(list)) return [key, condition]
        return [key, { ...condition, in: list.filter((value) => keep.has(String(value))) }]
      }),
    )
  return narrow(rule)
}
