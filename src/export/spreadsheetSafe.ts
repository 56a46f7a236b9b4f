// A cell a spreadsheet would read as a formula (or that begins with a control character some tools strip before
// reading one) starts with one of these, possibly after spaces.
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@])/

/**
 * Makes user text inert in Excel, WPS and LibreOffice: a leading apostrophe keeps `=HYPERLINK(...)` and the like as
 * plain text, as OWASP advises against CSV injection. Text that cannot start a formula is left as it is.
 */
export const inertText = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value)
