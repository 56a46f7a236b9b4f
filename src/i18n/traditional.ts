import * as OpenCC from 'opencc-js'

/** Simplified → Traditional (Taiwan phrasing), phrase-level rather than character by character. */
export const toTraditional: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'twp' })
