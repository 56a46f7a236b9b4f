import type { CaseStatus } from '@/workflow/caseStatus'
import { isEmailContact } from '@/workflow/objectionRules'

/**
 * Who hears of a status change. The unit always: it is their case, and a return or rejection only matters once they
 * read it. Assigned reviewers when the case lands on their desk again (submitted or resubmitted). Editors when it is
 * shortlisted, because judging and the ranking are theirs from then on. Other moves are the editors' own doing.
 */
export const transitionAudiences = (to: CaseStatus) => ({
  unit: true,
  reviewers: to === 'submitted',
  editors: to === 'shortlisted',
})

/** Reviewers never see drafts, so a reviewer put on a draft hears of it when it is submitted, not before. */
export const assignmentIsNews = (status: CaseStatus) => status !== 'draft'

/** Usable addresses, each once (compared without case), in the order given. */
export const uniqueAddresses = (values: readonly (string | null | undefined)[]): string[] => {
  const seen = new Set<string>()
  const addresses: string[] = []
  for (const value of values) {
    const address = value?.trim()
    if (!address || !isEmailContact(address) || seen.has(address.toLowerCase())) continue
    seen.add(address.toLowerCase())
    addresses.push(address)
  }
  return addresses
}
