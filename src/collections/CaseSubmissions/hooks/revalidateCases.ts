import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { CACHE_TAGS } from '@/data/cacheTags'
import { relationId } from '@/lib/relationId'
import type { CaseSubmission } from '@/payload-types'
import { revalidateTags } from '@/revalidate/revalidateTags'

/** The fields the case library's counts, filter choices and charts are computed from. */
const SHAPE = ['status', 'publishedOnSite', 'type', 'region', 'campaign'] as const

const sameShape = (doc: Partial<CaseSubmission>, previous: Partial<CaseSubmission> | undefined) =>
  previous?.id != null &&
  SHAPE.every(
    (field) => String(relationId(doc[field] as never) ?? '') === String(relationId(previous[field] as never) ?? ''),
  )

/**
 * Every change expires the pages that show cases; the library's counts and charts only a change that can move them.
 * A title or text edit then re-reads one page of the library, not its twenty counts. A transition claims the new
 * status before it saves the case, so the saved case's previous version already holds it: transitions always count
 * as a change of shape.
 */
export const caseTagsFor = (
  doc: Partial<CaseSubmission>,
  previousDoc: Partial<CaseSubmission> | undefined,
  { transition = false } = {},
): string[] =>
  transition || !sameShape(doc, previousDoc) ? [CACHE_TAGS.cases, CACHE_TAGS.caseLibraryShape] : [CACHE_TAGS.cases]

export const revalidateCasesOnChange: CollectionAfterChangeHook<CaseSubmission> = ({ context, doc, previousDoc }) => {
  revalidateTags(caseTagsFor(doc, previousDoc, { transition: Boolean(context.caseTransition) }), context)
  return doc
}

export const revalidateCasesOnDelete: CollectionAfterDeleteHook<CaseSubmission> = ({ context, doc }) => {
  revalidateTags([CACHE_TAGS.cases, CACHE_TAGS.caseLibraryShape], context)
  return doc
}
