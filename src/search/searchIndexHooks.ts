import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { CACHE_TAGS } from '@/data/cacheTags'
import { revalidateTags } from '@/revalidate/revalidateTags'

import { readerSees, removeEntry, writeEntry } from './indexEntries'
import type { SearchableCollection } from './searchable'

/**
 * Keeps a collection's rows of the search index current. What readers see is indexed; a draft saved over a
 * published document leaves the published version's row alone (autosaves never reach the index); unpublishing,
 * leaving the public statuses or deleting removes the row. Indexing runs in the change's own transaction and does
 * not honour `disableRevalidate` (seeding must fill the index); only the expiry of cached results does.
 */
export const searchIndexHooks = (collection: SearchableCollection) => {
  const afterChange: CollectionAfterChangeHook = async ({ context, doc, req }) => {
    const visible = await readerSees(req, collection, doc.id)
    if (visible && doc._status === 'draft') return doc
    const changed = visible ? await writeEntry(req, collection, doc) : await removeEntry(req, collection, doc.id)
    if (changed) revalidateTags([CACHE_TAGS.search], context)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ context, doc, req }) => {
    if (await removeEntry(req, collection, doc.id)) revalidateTags([CACHE_TAGS.search], context)
    return doc
  }
  return { afterChange, afterDelete }
}
