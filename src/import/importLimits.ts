/** How much the old-page import reads: shared by the endpoint and the admin's paste box. */

/** Long enough for any news page, short enough that a paste cannot tie up the server. */
export const MAX_IMPORT_CHARS = 200_000

/**
 * A page's HTML carries markup besides its text; the admin strips styles and scripts before sending it, and this
 * many characters stay inside the API's body limit even for a page of Chinese (three bytes a character).
 */
export const MAX_IMPORT_HTML_CHARS = 600_000

/**
 * The HTML parser's work grows with the square of the nesting depth; real pages hold a few thousand elements, and
 * this many cannot take more than a few seconds however deeply they nest.
 */
export const MAX_IMPORT_HTML_ELEMENTS = 20_000

/** Opening tags, counted without parsing. */
export const countElements = (html: string): number => html.match(/<[a-z]/gi)?.length ?? 0
