import * as OpenCC from 'opencc-js'

let traditionalToSimplified: OpenCC.ConverterFunction | undefined

/**
 * Traditional → Simplified at phrase level (Taiwan and Hong Kong forms alike: 直播帶貨, 綫上), built on first use
 * because loading the dictionary costs time.
 */
export const toSimplified = (text: string): string => {
  traditionalToSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' })
  return traditionalToSimplified(text)
}

/**
 * What the index and the queries compare: full-width letters and digits as ASCII (NFKC), Simplified characters,
 * lower case. Applied to both sides, so a Traditional query finds Simplified text and the reverse.
 */
export const normalise = (text: string): string => toSimplified(text.normalize('NFKC')).toLowerCase()
