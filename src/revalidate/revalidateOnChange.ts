import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from './revalidateTags'

type Doc = Record<string, unknown> & { _status?: string | null }

/** The cache tags a document's reader pages carry; called for the new and the previous version. */
export type TagsFor = (doc: Doc) => string[]

// On create Payload passes an empty previous document; only a saved, non-draft version is visible to readers.
const visible = (doc: Doc | undefined) => doc?.id != null && doc._status !== 'draft'

/**
 * One pair of hooks for every collection the reader site shows. A change matters when either version is visible
 * to readers: publishing, editing what is published, and unpublishing (which must drop the old page too). The
 * previous version's tags cover a changed slug.
 */
export const revalidateOnChange = (tagsFor: TagsFor) => {
  const afterChange: CollectionAfterChangeHook = ({ context, doc, previousDoc }) => {
    if (!visible(doc) && !visible(previousDoc)) return doc
    revalidateTags([...tagsFor(doc), ...(previousDoc ? tagsFor(previousDoc) : [])], context)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = ({ context, doc }) => {
    revalidateTags(tagsFor(doc), context)
    return doc
  }
  return { afterChange, afterDelete }
}
