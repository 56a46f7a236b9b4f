/**
 * Longer than any name or phrase a reader types; anything longer is pasted text, not a query. On its own so the
 * proxy and the search form can know it without loading the segmenter.
 */
export const MAX_QUERY_CHARS = 50
