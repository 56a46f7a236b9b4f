import { describe, expect, it } from 'vitest'

import { caseTagsFor } from '@/collections/CaseSubmissions/hooks/revalidateCases'
import { CACHE_TAGS } from '@/data/cacheTags'
import type { CaseSubmission } from '@/payload-types'

const saved: Partial<CaseSubmission> = {
  id: 7,
  title: '赤溪村',
  status: 'excellent',
  publishedOnSite: true,
  type: '扶贫经验',
  region: 3,
  campaign: 1,
}
const both = [CACHE_TAGS.cases, CACHE_TAGS.caseLibraryShape]

describe('which reader caches a case change expires', () => {
  it('expires only the pages showing cases for an edit of the text', () => {
    expect(caseTagsFor({ ...saved, title: '赤溪村（改）' }, saved)).toEqual([CACHE_TAGS.cases])
  })

  it('treats a relation given as a document like its id', () => {
    expect(caseTagsFor({ ...saved, region: { id: 3 } as never }, saved)).toEqual([CACHE_TAGS.cases])
  })

  it('also expires the library’s counts and charts when what they count changes', () => {
    expect(caseTagsFor({ ...saved, publishedOnSite: false }, saved)).toEqual(both)
    expect(caseTagsFor({ ...saved, type: '产业发展' }, saved)).toEqual(both)
    expect(caseTagsFor({ ...saved, region: 4 }, saved)).toEqual(both)
    expect(caseTagsFor({ ...saved, campaign: 2 }, saved)).toEqual(both)
  })

  it('counts a new case and every transition as such a change', () => {
    expect(caseTagsFor(saved, {})).toEqual(both)
    expect(caseTagsFor(saved, undefined)).toEqual(both)
    expect(caseTagsFor(saved, saved, { transition: true })).toEqual(both)
  })
})
