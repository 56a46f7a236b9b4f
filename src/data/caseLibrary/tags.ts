import { CACHE_TAGS } from '../cacheTags'

/** A page of the library follows every case change; its counts and charts only changes of what they count. */
export const PAGE_TAGS = [CACHE_TAGS.cases, CACHE_TAGS.campaigns, CACHE_TAGS.regions]
export const SHAPE_TAGS = [CACHE_TAGS.caseLibraryShape, CACHE_TAGS.campaigns, CACHE_TAGS.regions]
