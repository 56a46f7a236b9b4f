import type { CaseSeed } from './caseSeed'
import { casesInReview } from './casesInReview'
import { decidedCases } from './casesDecided'
import { excellentCases } from './casesExcellent'

/** The case call's demo cases: every status, the four types, units across Fujian and the regions it aids. */
export const demoCases: CaseSeed[] = [...excellentCases, ...decidedCases, ...casesInReview]

export const CASE_REGIONS = demoCases.map((seed) => seed.region)
