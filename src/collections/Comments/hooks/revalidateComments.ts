import { CACHE_TAGS } from '@/data/cacheTags'
import { revalidateOnChange } from '@/revalidate/revalidateOnChange'

/**
 * A page's comment section changes when a comment on it is or was approved: approval, withdrawal, deletion and a
 * comment posted straight to a post-then-moderate page. Pending and rejected comments change nothing readers see.
 */
const tagsOfCommentedPage = (doc: Record<string, unknown>): string[] => {
  const page = doc.page as { relationTo?: string; value?: unknown } | null | undefined
  if (doc.status !== 'approved' || !page?.relationTo || page.value == null) return []
  const id = typeof page.value === 'object' ? (page.value as { id: number | string }).id : page.value
  return [CACHE_TAGS.comments(page.relationTo, id as number | string)]
}

export const { afterChange: revalidateCommentedPage, afterDelete: revalidateCommentedPageOnDelete } =
  revalidateOnChange(tagsOfCommentedPage)
