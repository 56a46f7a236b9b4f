import type { PayloadRequest } from 'payload'

import { isCaseStatus } from '@/workflow/caseStatus'
import { reviewTotal, validateScores, type Scores } from '@/workflow/scoring'

import type { DocumentData } from './writeDocuments'

/**
 * Cases arrive in whatever state their history left them (an archive holds decided cases), so the status is taken
 * as given, but it must be one the workflow knows.
 */
export const prepareCases = async (_req: PayloadRequest, docs: DocumentData[]) => {
  for (const doc of docs) {
    if (!isCaseStatus(doc.status)) throw new Error(`case “${String(doc.title)}”: unknown status ${String(doc.status)}`)
  }
  return docs
}

/** Reviews: whole scores from 1 to 10 and the total computed from them, never taken from the input (checkReview). */
export const prepareReviews = async (_req: PayloadRequest, docs: DocumentData[]) =>
  docs.map((doc) => {
    const checked = validateScores(doc.scores)
    if (!checked.ok) throw new Error(`review of case ${String(doc.case)}: invalid ${checked.invalid.join(', ')}`)
    return { ...doc, total: reviewTotal(doc.scores as Scores) }
  })
