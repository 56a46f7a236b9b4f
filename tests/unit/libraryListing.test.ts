import { describe, expect, it } from 'vitest'

import { CASE_STATUSES } from '@/workflow/caseStatus'
import { libraryListing } from '@/workflow/libraryListing'

describe('a case in the readers’ library', () => {
  it('shows excellent cases only once published on the site, proposed ones whether or not', () => {
    expect(libraryListing('excellent', true)).toBe('shown')
    expect(libraryListing('excellent', false)).toBeNull()
    expect(libraryListing('proposed', false)).toBe('shown')
    expect(libraryListing('proposed', true)).toBe('shown')
  })

  it('lists shortlisted cases for their vote, and no case in any other status', () => {
    expect(libraryListing('shortlisted', false)).toBe('during-vote')
    const others = CASE_STATUSES.filter((status) => !['excellent', 'proposed', 'shortlisted'].includes(status))
    for (const status of others) expect(libraryListing(status, true)).toBeNull()
  })
})
