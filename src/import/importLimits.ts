/** How much the old-page import reads: shared by the endpoint and the admin's paste box. */

/** Long enough for any news page, short enough that a paste cannot tie up the server. */
export const MAX_IMPORT_CHARS = 200_000

/**
 * A page's HTML carries markup besides its text; the admin strips styles and scripts before sending it, and this
 * many characters stay inside the API's body limit even for a page of Chinese (three bytes a character).
 */
export const MAX_IMPORT_HTML_CHARS = 600_000
