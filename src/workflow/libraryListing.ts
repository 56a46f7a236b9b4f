import type { CaseStatus } from './caseStatus'

/**
 * Where a case stands in the readers' case library, kept on the case so the library's reads find it through one
 * index: `shown` for excellent cases the editors published on the site and cases proposed for it (in publicity:
 * readers may object, so they must find them), `during-vote` for shortlisted ones, shown while their campaign's
 * vote is open (which changes with the clock, so the campaign is checked at read time). Null: not in the library.
 */
export const LIBRARY_LISTINGS = ['shown', 'during-vote'] as const
export type LibraryListing = (typeof LIBRARY_LISTINGS)[number]

export const libraryListing = (
  status: CaseStatus | null | undefined,
  publishedOnSite: boolean | null | undefined,
): LibraryListing | null => {
  if ((status === 'excellent' && publishedOnSite) || status === 'proposed') return 'shown'
  return status === 'shortlisted' ? 'during-vote' : null
}
