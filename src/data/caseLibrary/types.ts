import type { CaseQuery } from '../caseQuery'

export type Id = number | string

/** A query without its page: what the cases are narrowed by. */
export type Filters = Omit<CaseQuery, 'page'>
